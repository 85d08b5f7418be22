# CheckedDict / CheckedList / Array imported in a static module are the run-time types
# (their checks apply; the checker does not type them yet).
import __static__
from __static__ import CheckedDict, CheckedList, Array, int64


def count(words: list) -> CheckedDict[str, int]:
    d = CheckedDict[str, int]()
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


print(sorted(count(["a", "b", "a"]).items()))
a = Array[int64](3)
a[1] = 7
print(list(a), len(a))
nums = CheckedList[int]([1, 2])
nums.append(3)
print(nums, type(nums).__name__)
nums.append("x")
