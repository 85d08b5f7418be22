# d[k] with a dynamic key of the wrong type is Cinder's `bad key` TypeError, not a KeyError
# (the key is checked as chkdict's own subscript checks it); a right-typed dynamic key reads
# the typed value (a missing one is still a KeyError: generic_chkdict_dynamic_key_missing).
import __static__
from __static__ import CheckedDict


def get(d: CheckedDict[int, str], k) -> str:
    return d[k]


d = CheckedDict[int, str]({1: "a", 2: "bb"})
print(get(d, 1), get(d, 2).upper())
get(d, "x")
