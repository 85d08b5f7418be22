# expect-compile-error: 8:18: type mismatch: int64 cannot be assigned to dynamic
import __static__
from __static__ import int64


class C:
    def __init__(self, n: int64) -> None:
        self.n = n
