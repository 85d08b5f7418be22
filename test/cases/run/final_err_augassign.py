# expect-compile-error: 7:1: Cannot assign to a Final variable
# Augmented assignment of a module Final is a reassignment.
import __static__
from typing import Final

K: Final = 1
K += 1
