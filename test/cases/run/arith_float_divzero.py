# Division by zero on boxed float and int is Python's ZeroDivisionError.
def fdiv(a: float, b: float) -> float:
    return a / b


print(fdiv(1.0, 2.0))
print(fdiv(1.0, 0.0))
