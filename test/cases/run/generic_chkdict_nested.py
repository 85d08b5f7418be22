# Nested checked containers: CheckedDict[str, CheckedList[int]] reads its values as
# CheckedList[int], whose methods and items are typed in turn; the inner type is checked
# when a value is stored from Python.
import __static__
from __static__ import CheckedDict, CheckedList


def group(words: list) -> CheckedDict[str, CheckedList[int]]:
    d = CheckedDict[str, CheckedList[int]]()
    for w in words:
        key: str = w[0]
        if key not in d:
            d[key] = CheckedList[int]()
        d[key].append(len(w))
    return d


def main() -> None:
    g = group(["apple", "avocado", "banana", "blue", "cherry"])
    total = 0
    for k in g:
        total += g[k][0]
    print(sorted(g.items()), total, type(g["a"]).__name__)
    dyn: object = g
    dyn["z"] = CheckedList[int]([26])
    print(g["z"])
    dyn["q"] = [1, 2]


main()
