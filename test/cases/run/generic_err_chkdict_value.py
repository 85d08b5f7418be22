# expect-compile-error: 7:10: type mismatch: str cannot be assigned to int
import __static__
from __static__ import CheckedDict

d: CheckedDict[str, int] = {}
d["a"] = 1
d["b"] = "x"
