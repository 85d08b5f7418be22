# expect-compile-error: 6:14: type mismatch: int cannot be assigned to str
import __static__
from __static__ import CheckedDict

def f(d: CheckedDict[str, int], k: int) -> int:
    return d[k]
