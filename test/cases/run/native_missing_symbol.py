# cinder-error: RuntimeError: classloader: unable to lookup 'cinderc_no_such_function' in 'libc.so.6': /lib/x86_64-linux-gnu/libc.so.6: undefined symbol: cinderc_no_such_function
# cinder-stdout:
import __static__
from __static__ import native, int64, box


@native("libc.so.6")
def cinderc_no_such_function(i: int64) -> int64:
    pass


def f() -> int:
    return box(cinderc_no_such_function(int64(-1)))


print(f())
