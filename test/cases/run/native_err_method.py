# expect-compile-error: 7:5: Cannot decorate a method with @native
import __static__
from __static__ import native, int64

class Hi:
    @native("so.so")
    def fn(self) -> int64:
        pass
