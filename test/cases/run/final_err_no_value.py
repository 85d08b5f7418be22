# expect-compile-error: 6:1: Must assign a value when declaring a Final
# A Final declaration needs a value.
import __static__
from typing import Final

K: Final[int]
