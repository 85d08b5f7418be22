# CheckedDict / CheckedList / Array in a static module are the run-time types: code that
# sees them as plain objects still gets their run-time checks.
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
alias: object = nums
alias.append("x")
