# expect-compile-error: 9:12: mismatched types: expected str because of return type, found Optional[str] instead
# get with a default is still Optional[V], as Cinder types it (its typed signature), so it
# needs a narrowing before it is returned as a V.
import __static__
from __static__ import CheckedDict


def f(d: CheckedDict[int, str]) -> str:
    return d.get(1, "x")
