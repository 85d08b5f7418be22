# A CheckedDict handed to dynamic code still checks keys: a str key for chkdict[int, str]
# is a TypeError naming the key's type and the dict's type.
import __static__
from __static__ import CheckedDict


def table() -> CheckedDict[int, str]:
    return CheckedDict[int, str]({1: "a"})


t: object = table()
t[2] = "b"
print(t)
t["3"] = "c"
