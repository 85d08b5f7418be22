# expect-compile-error: 7:11: type mismatch: str received for positional arg 1, expected int
# get's key is checked against K at compile time.
import __static__
from __static__ import CheckedDict

def f(d: CheckedDict[int, str], k: str) -> None:
    d.get(k, "x")
