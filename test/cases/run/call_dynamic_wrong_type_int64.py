# A primitive int64 parameter accepts only an int from dynamic code. Cinder's CHECK_ARGS
# checks primitive parameters against their boxed type (int for int64), so the message is the
# same as for an `int` parameter. The twin does not check, and CPython would print "xx".
import __static__
from __static__ import int64, box


def inc(x: int64) -> int64:
    return x + 1


fns = [inc]
print(fns[0](41))
print(fns[0]("x"))
# cinder-stdout:
# 42
# cinder-error: TypeError: inc expected 'int' for argument x, got 'str'
