# expect-compile-error: 5:9: type mismatch: Literal[1] received for positional arg 'lib', expected str
import __static__
from __static__ import native, int64

@native(1)
def something(i: int64) -> int64:
    pass
