# With `from __future__ import annotations`, checked container annotations are still
# static types: parameters, returns, fields and locals all typed.
from __future__ import annotations
import __static__
from __static__ import Array, CheckedDict, CheckedList, box, double, int64


class Stats:
    def __init__(self) -> None:
        self.samples: CheckedList[float] = []
        self.by_name: CheckedDict[str, float] = {}

    def add(self, name: str, v: float) -> None:
        self.samples.append(v)
        self.by_name[name] = v

    def mean(self) -> double:
        s: double = 0.0
        for x in self.samples:
            s += double(x)
        return s / double(len(self.samples))


def hist(s: Stats) -> Array[int64]:
    a = Array[int64](2)
    for x in s.samples:
        if x > 1.0:
            a[1] += 1
        else:
            a[0] += 1
    return a


st = Stats()
st.add("a", 0.5)
st.add("b", 2.5)
st.add("c", 3.0)
print(box(st.mean()), st.by_name["b"], hist(st))
