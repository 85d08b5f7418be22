# CheckedDict.get with a default is typed: the key is a K, the default an Optional[V] and the
# result Optional[V] (narrowed before use as a V); found values and defaults alike.
import __static__
from __static__ import CheckedDict, int64, box
from typing import Optional


class Item:
    def __init__(self, n: int64) -> None:
        self.n: int64 = n


def weight(d: CheckedDict[str, Item], k: str, fallback: Item) -> int64:
    it = d.get(k, fallback)
    if it is not None:
        return it.n * 2
    return -1


def label(d: CheckedDict[int, str], k: int) -> str:
    s: Optional[str] = d.get(k, "none")
    if s is None:
        return "?"
    return s.upper()


d = CheckedDict[str, Item]({"a": Item(3)})
spare = Item(10)
print(box(weight(d, "a", spare)), box(weight(d, "b", spare)))
names = CheckedDict[int, str]({1: "one"})
print(label(names, 1), label(names, 2), names.get(3, None), names.get(1, None))
