# Checked containers in module globals: static functions read them with their declared
# type (typed items) and update them in place; module-level code sees the same objects
# (a for loop at module level takes an Array's items boxed).
import __static__
from __static__ import Array, CheckedDict, CheckedList, box, int64

REGISTRY: CheckedDict[str, int] = {}
LOG: CheckedList[str] = []
BUF = Array[int64](4)


def register(name: str) -> int:
    n = len(REGISTRY)
    REGISTRY[name] = n
    LOG.append("added " + name)
    BUF[n] = int64(n) * 10 + 1
    return n


def lookup(name: str) -> int:
    return REGISTRY[name] + 100


register("x")
register("y")
print(lookup("y"), LOG, BUF, box(BUF[1]))
print(sorted(REGISTRY), LOG[-1].upper())
for v in BUF:
    print(v + 1, end=" ")
print()
