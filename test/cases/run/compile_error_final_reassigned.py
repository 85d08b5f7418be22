# A Final name may not be bound again.
# expect-compile-error: 7:1: Cannot assign to a Final variable
import __static__
from typing import Final

LIMIT: Final = 10
LIMIT = 11
print(LIMIT)
