# An integer primitive parameter accepts only an int from dynamic code (CHECK_ARGS names
# the parameter). The twin does not check.
import __static__
from __static__ import uint16


def inc(x: uint16) -> uint16:
    return x + 1


fns = [inc]
print(fns[0](65535))
print(fns[0]("x"))
# cinder-stdout:
# 0
# cinder-error: TypeError: inc expected 'int' for argument x, got 'str'
