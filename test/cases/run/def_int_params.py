# Functions with `int` parameters and an `int` return.
def add(a: int, b: int) -> int:
    return a + b


def poly(x: int) -> int:
    return 3 * x * x - 2 * x + 7


def sign(n: int) -> int:
    if n < 0:
        return -1
    elif n == 0:
        return 0
    return 1


print(add(2, 3), add(-10, 4))
print(poly(0), poly(5), poly(-3))
print(sign(-7), sign(0), sign(99))
print(add(True, True))
