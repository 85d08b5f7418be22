# `and`/`or` return one of their operands and short-circuit; `not` always gives a bool.
def side(tag: str, v: int) -> int:
    print("eval", tag)
    return v


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "dflt", [] and 5)
print(None or 0 or "last")
r = side("a", 0) and side("b", 1)
print(r)
r = side("c", 3) or side("d", 4)
print(r)
r = side("e", 1) and side("f", 0) or side("g", 7)
print(r)
print(not 0, not 1, not "", not [1], not None)


def both(a: bool, b: bool) -> bool:
    return a and b


print(both(True, False), both(True, True))
