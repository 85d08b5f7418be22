# expect-compile-error: 8:2: @native decorator cannot be used with other decorators
import __static__
from __static__ import native, int64

from typing import final


@native("so.so")
@final
def fn() -> int64:
    pass
