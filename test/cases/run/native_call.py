# cinder-stdout:
# 5 7
# 5 -3
import __static__
from __static__ import native, int64, int32, box
from typing import Final

LIB_NAME: Final[str] = "libc.so.6"


@native("libc.so.6")
def labs(i: int64) -> int64:
    pass


@native(LIB_NAME)
def div(a: int32, b: int32) -> int32:
    # div returns a div_t; the quotient comes back in the low half of rax.
    pass


def invoke_abs(i: int) -> int:
    j: int64 = int64(i)
    return box(labs(j))


def invoke_div(i: int, j: int) -> int:
    k: int32 = int32(i)
    l: int32 = int32(j)
    return box(div(k, l))


print(invoke_abs(-5), invoke_abs(7))
print(invoke_div(15, 3), invoke_div(-17, 5))
