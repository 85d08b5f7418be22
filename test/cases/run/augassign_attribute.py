# Augmented assignment on attributes of objects (a namespace and a module).
import types
import math

ns = types.SimpleNamespace(count=1, name="n")
ns.count += 41
ns.name += "ame"
print(ns.count, ns.name)


def bump(o: object, k: int) -> None:
    o.count += k


bump(ns, 8)
print(ns.count)
math.extra = 2
math.extra **= 5
print(math.extra)
