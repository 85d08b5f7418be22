# expect-compile-error: 5:2: Cannot decorate a class with @native
import __static__
from __static__ import native, int64

@native("so.so")
class Hi:
    pass
