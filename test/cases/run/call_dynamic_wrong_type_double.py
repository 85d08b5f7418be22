# A dynamic caller passing a str to a `double` parameter: CHECK_ARGS names the function and
# the parameter (Cinder's _Ci_CheckArgs checks double parameters against float). The twin
# does not check; CPython would fail inside the body with a different TypeError.
import __static__
from __static__ import double


def half(x: double) -> double:
    return x / 2.0


fns = [half]
print(fns[0](5.0))
print(fns[0]("x"))
# cinder-stdout:
# 2.5
# cinder-error: TypeError: half expected 'float' for argument x, got 'str'
