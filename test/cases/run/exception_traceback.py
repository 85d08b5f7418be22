# An uncaught exception several calls deep: the traceback names the file, every frame's
# line and function, and the exception type and message.
# check-traceback
def level3(xs: list) -> int:
    return xs[10]


def level2(xs: list) -> int:
    print("level2")
    return level3(xs) + 1


def level1() -> int:
    return level2([1, 2, 3])


print("start")
print(level1())
