# expect-compile-error: 7:5: class-level primitive fields with a default value is not supported yet
import __static__
from __static__ import int64


class C:
    x: int64 = 1
