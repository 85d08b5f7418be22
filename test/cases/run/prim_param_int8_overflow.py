# A static function's int8 parameter, called from Python with 128, raises OverflowError
# (Cinder: T/primitives::test_primitive_args_funcdef). The twin does not check.
import __static__
from __static__ import int8, box


def n(x: int8) -> int8:
    return x


fns = [n]
print(fns[0](127), fns[0](-128))
print(fns[0](128))
# cinder-stdout:
# 127 -128
# cinder-error: OverflowError: int overflow
