# int is arbitrary precision: results far outside 64 bits.
def fact(n: int) -> int:
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r


print(fact(30))
print(2 ** 100, -(2 ** 100))
big = 9223372036854775807
print(big + 1, big * big, -big - 2)
print((2 ** 100) // 3, (2 ** 100) % 7, -(2 ** 70) // 3)
print(fact(25) // fact(23))
print(1 << 80, (1 << 80) >> 79)
