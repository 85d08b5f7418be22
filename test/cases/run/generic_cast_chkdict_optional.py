# cast to Optional[CheckedDict[...]] lets None through and checks anything else exactly.
# cinder-error: TypeError: expected '__static__.chkdict[str, int]', got '__static__.chkdict[int, int]'
import __static__
from __static__ import CheckedDict, cast
from typing import Optional


def size(x: object) -> int:
    d = cast(Optional[CheckedDict[str, int]], x)
    if d is None:
        return -1
    return len(d)


print(size(None), size(CheckedDict[str, int]({"a": 1})))
print(size(CheckedDict[int, int]()))
