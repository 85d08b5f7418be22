# A dynamic key of the right type that is absent is still a KeyError.
import __static__
from __static__ import CheckedDict


def get(d: CheckedDict[int, str], k) -> str:
    return d[k]


d = CheckedDict[int, str]({1: "a"})
print(get(d, 1))
get(d, 5)
