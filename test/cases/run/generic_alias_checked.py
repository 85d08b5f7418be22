# Module-level aliases of CheckedList/CheckedDict name the types in annotations and build
# them; an alias of a nested type works too.
import __static__
from __static__ import CheckedDict, CheckedList

IntList = CheckedList[int]
Index = CheckedDict[str, IntList]


def build(words: list) -> Index:
    idx = Index()
    for i in range(len(words)):
        w: str = words[i]
        if w not in idx:
            idx[w] = IntList()
        idx[w].append(i)
    return idx


def main() -> None:
    idx = build(["a", "b", "a", "c", "a"])
    hits: IntList = idx["a"]
    print(hits, hits[1] + hits[2], sorted(idx), type(idx) is Index)


main()
