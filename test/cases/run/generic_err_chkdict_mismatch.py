# expect-compile-error: 9:18: type mismatch: chkdict[int, int] received for positional arg 'd', expected chkdict[int, str]
import __static__
from __static__ import CheckedDict

def names(d: CheckedDict[int, str]) -> int:
    return len(d)

def g(d: CheckedDict[int, int]) -> int:
    return names(d)
