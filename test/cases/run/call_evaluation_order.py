# Arguments are evaluated left to right, nested calls innermost first, operands of binary
# operators left before right.
def t(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def add3(a: int, b: int, c: int) -> int:
    return a + b + c


print(add3(t("a", 1), t("b", 2), t("c", 3)))
print(t("x", 1) + t("y", 2) * t("z", 3))
print(add3(t("outer", 0), add3(t("i1", 1), t("i2", 2), t("i3", 3)), t("last", 4)))
xs = [t("l1", 1), t("l2", 2)]
print(xs[t("idx", 1)])
