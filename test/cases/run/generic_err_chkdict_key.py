# expect-compile-error: 7:7: type mismatch: Literal[42] cannot be assigned to str
import __static__
from __static__ import CheckedDict

def f(d: CheckedDict[str, int]) -> int:
    d["a"] = 1
    d[42] = 2
    return d["a"]
