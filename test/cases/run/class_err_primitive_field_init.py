# expect-compile-error: 8:25: type mismatch: str cannot be assigned to int64
import __static__
from __static__ import int64


class C:
    def __init__(self) -> None:
        self.n: int64 = "x"
