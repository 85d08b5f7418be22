# Reading a missing key of a CheckedDict from static code is a KeyError naming the key.
import __static__
from __static__ import CheckedDict


def price(d: CheckedDict[str, float], k: str) -> float:
    return d[k] * 2.0


d: CheckedDict[str, float] = {"apple": 1.25}
print(price(d, "apple"))
print(price(d, "pear"))
