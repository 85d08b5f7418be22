# Comparisons on int, including big ints and int/float mixes.
def cmp(a: int, b: int) -> None:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)


cmp(1, 2)
cmp(2, 2)
cmp(-5, -6)
cmp(2 ** 70, 2 ** 70 + 1)
cmp(-(2 ** 64), 3)
x = 3
print(x == 3.0, x < 3.5, 1 == True, 0.1 + 0.2 == 0.3)
