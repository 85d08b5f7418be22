# expect-compile-error: 5:4: incorrect number of generic arguments for chkdict[K, V], expected 2, got 1
import __static__
from __static__ import CheckedDict

d: CheckedDict[str] = {}
