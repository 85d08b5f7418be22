# CHECK_ARGS of a CheckedDict parameter is exact: a dict with other type arguments (or a
# plain dict) from a dynamic caller is a TypeError; the twin does not check.
# cinder-stdout:
# 3
# cinder-error: TypeError: size expected '__static__.chkdict[str, int]' for argument d, got '__static__.chkdict[str, str]'
import __static__
from __static__ import CheckedDict


def size(d: CheckedDict[str, int]) -> int:
    return len(d)


f = size
print(f(CheckedDict[str, int]({"a": 1, "b": 2, "c": 3})))
print(f(CheckedDict[str, str]({"a": "x"})))
