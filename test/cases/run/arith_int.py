# Arithmetic on (boxed) int: Python semantics, floor division and modulo round toward
# negative infinity.
def ops(a: int, b: int) -> None:
    print(a + b, a - b, a * b, a // b, a % b, a / b, a ** 2)
    print(-a, +a, ~a, a << 3, a >> 1, a & b, a | b, a ^ b)


ops(17, 5)
ops(-17, 5)
ops(17, -5)
ops(-17, -5)
x = 7
print(x // 2, -x // 2, x % 3, -x % 3, 2 ** 10, 2 ** -1)
print(divmod(-7, 2), abs(-7), pow(3, 4, 5))
