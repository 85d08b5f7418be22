# A dynamic value assigned to a CheckedDict local is CAST to the exact checked type: a
# checked dict passes, a plain dict is a TypeError (the twin does not check assignments).
# cinder-stdout:
# 2
# cinder-error: TypeError: expected '__static__.chkdict[str, int]', got 'dict'
import __static__
from __static__ import CheckedDict


def total(src) -> int:
    d: CheckedDict[str, int] = src
    t = 0
    for k in d:
        t += d[k]
    return t


print(total(CheckedDict[str, int]({"a": 1, "b": 1})))
print(total({"a": 1}))
