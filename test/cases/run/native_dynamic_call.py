# cinder-error: RuntimeError: native callable 'labs' can only be called from static modules
import __static__
from __static__ import native, int64


@native("libc.so.6")
def labs(i: int64) -> int64:
    pass


def call(f):
    return f(-3)


print("before")
call(labs)
