# CheckedDict methods from static code: get and setdefault give Optional[V] (as Cinder types
# them), pop gives V, copy the same checked type; items/keys/values iterate as for a dict.
import __static__
from __static__ import CheckedDict


def main() -> None:
    d = CheckedDict[str, int]({"a": 1, "b": 2})
    got = d.get("a")
    if got is not None:
        print(got + 10)
    print(d.get("zz"), d.get("zz", -1))
    n = d.setdefault("c", 3)
    m = d.setdefault("a", 100)
    if n is not None and m is not None:
        print(n + m, d)
    p: int = d.pop("b")
    print(p, d.pop("q", 0), d)
    c = d.copy()
    c["z"] = 26
    print(type(c).__name__, sorted(c.keys()), sorted(d.values()), sorted(c.items()))
    for k in d:
        print(k, d[k])
    for k, v in d.items():
        print(k + "=" + str(v))
    d.clear()
    print(d, len(c))


main()
