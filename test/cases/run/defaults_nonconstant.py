import __static__
from __static__ import int64, box

LIMIT = 7


def clip(x: int64, limit: int = LIMIT) -> int:
    # A non-constant default: callers go through the function object, so the int64
    # argument is boxed at the call as for any dynamic call.
    return min(box(x), limit)


print(clip(3), clip(30), clip(30, 10))
