# A dynamic value stored into an `int` local is CAST at run time: a str there is a
# TypeError (Cinder: CAST "expected 'int', got 'str'"). The twin does not check, and CPython
# would print "oops"; the expected output is Cinder's.
import __static__


def first_int(xs: list) -> int:
    v: int = xs[0]
    return v


print(first_int([5, "a"]))
print(first_int(["oops"]))
# cinder-stdout:
# 5
# cinder-error: TypeError: expected 'int', got 'str'
