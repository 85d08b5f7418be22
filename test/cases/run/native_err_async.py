# expect-compile-error: 5:2: @native decorator cannot be used on async functions
import __static__
from __static__ import native, int64

@native("so.so")
async def something(j: int64) -> int64:
    pass
