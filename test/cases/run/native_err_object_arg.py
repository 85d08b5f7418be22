# expect-compile-error: 11:15: type mismatch: int received for positional arg 'i', expected int64
import __static__
from __static__ import native, int64, box

@native("libc.so.6")
def abs(i: int64) -> int64:
    pass


def invoke_abs(i: int) -> int:
    res = abs(i)
    return box(res)
