# A local first inferred as a CheckedDict, then rejected (it is also assigned a dynamic
# value), is dynamic: its subscripts use Python's protocol, not the chkdict fast path that
# an earlier inference pass had recorded (which read a str as a dict).
import __static__
from __static__ import CheckedDict, int64


def conv(x):
    return "abc"


def f(n: int64) -> None:
    x = CheckedDict[str, str]({"a": "b"})
    if n > 5:
        x = conv(x)
    i: int64 = 0
    while i < n:
        print(x["a"])
        x = conv(x)
        i += 1


f(3)
