# A dynamic caller passing an int to a `cbool` parameter: Cinder's CHECK_ARGS checks cbool
# parameters against bool, so 1 is refused. The twin does not check (CPython prints "yes").
import __static__
from __static__ import cbool


def pick(b: cbool) -> str:
    if b:
        return "yes"
    return "no"


fns = [pick]
print(fns[0](False))
print(fns[0](1))
# cinder-stdout:
# no
# cinder-error: TypeError: pick expected 'bool' for argument b, got 'int'
