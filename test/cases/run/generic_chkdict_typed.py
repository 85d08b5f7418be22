# CheckedDict[K, V] contents are trusted: d[k] is a V (fields of a static class read
# directly), the display assigned to a declared CheckedDict builds one, get() is Optional[V].
import __static__
from __static__ import CheckedDict, box, double


class P:
    def __init__(self, x: double) -> None:
        self.x: double = x


def main() -> None:
    d: CheckedDict[str, P] = {"a": P(1.5), "b": P(2.0)}
    d["c"] = P(4.0)
    t: double = d["a"].x + d["c"].x
    print(box(t), len(d))
    g = d.get("b")
    if g is not None:
        print(box(g.x))
    print(d.get("zz"))
    counts: CheckedDict[str, int] = {}
    for w in ["x", "y", "x"]:
        counts[w] = counts.get(w, 0) + 1
    print(sorted(counts.items()))
    print(d["missing"])


main()
