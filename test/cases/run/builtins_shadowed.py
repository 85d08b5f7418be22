# A module-level def may shadow a builtin name; calls in the module get the def.
def abs(x: int) -> int:
    return 42


def max(a: int, b: int) -> int:
    return a


print(abs(-1), max(1, 2), min(1, 2))
