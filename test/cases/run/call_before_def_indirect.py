# A function that calls a module function whose `def` has not run yet: NameError at the
# call, as in CPython, even though the callee is known statically.
def first(n: int) -> int:
    return second(n) + 1


print("start")
print(first(1))


def second(n: int) -> int:
    return n * 2
