# float arithmetic and printing (repr is the shortest round-tripping form).
a = 7.5
b = -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(0.1 + 0.2, 1 / 3, 2.0 ** 0.5, 1e300 * 10)
print(-a, abs(b), 3 * 0.5, 7 // 2.0, -7 % 2.5)
print(1.0, 100.0, 1e16, 1.5e-7, float(3))
print(round(2.675, 2), int(-3.9))
