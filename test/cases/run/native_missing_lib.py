# cinder-error: RuntimeError: classloader: Could not load library 'libcinderc_no_such_lib.so': libcinderc_no_such_lib.so: cannot open shared object file: No such file or directory
# cinder-stdout:
import __static__
from __static__ import native, int64, box


@native("libcinderc_no_such_lib.so")
def labs(i: int64) -> int64:
    pass


def f() -> int:
    return box(labs(int64(-1)))


print(f())
