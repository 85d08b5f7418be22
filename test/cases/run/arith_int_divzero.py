# int // 0 and int % 0 raise ZeroDivisionError with CPython's message.
def q(a: int, b: int) -> int:
    return a // b


print(q(9, 2))
print(q(9, 0))
