# A Final declaration needs its value.
# expect-compile-error: 6:1: Must assign a value when declaring a Final
import __static__
from typing import Final

LIMIT: Final[int]
print(1)
