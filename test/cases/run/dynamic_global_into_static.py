# An unannotated module global is dynamic; passing it to a static `int` parameter is a static
# call whose argument is checked (CAST) at run time.
import __static__


def inc(n: int) -> int:
    return n + 1


g = 41
print(inc(g))
g = "no"
print(inc(g))
# cinder-stdout:
# 42
# cinder-error: TypeError: expected 'int', got 'str'
