# A CheckedList passed to dynamic code still checks every store: appending a str to a
# chklist[int] from dynamic code is a TypeError with Cinder's message.
import __static__
from __static__ import CheckedList


def make() -> CheckedList[int]:
    return CheckedList[int]([1, 2])


nums: object = make()
nums.append(3)
nums[0] = True
print(nums)
nums.append("four")
