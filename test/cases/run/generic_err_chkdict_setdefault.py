# expect-compile-error: 6:22: type mismatch: Literal[43] received for positional arg 2, expected Optional[str]
import __static__
from __static__ import CheckedDict

def f(d: CheckedDict[int, str]) -> None:
    d.setdefault(42, 43)
