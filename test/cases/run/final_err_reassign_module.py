# expect-compile-error: 7:1: Cannot assign to a Final variable
# A module Final cannot be reassigned at module level.
import __static__
from typing import Final

K: Final = 1
K = 2
