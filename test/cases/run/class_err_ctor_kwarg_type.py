# expect-compile-error: 11:8: type mismatch: str received for keyword arg 'y', expected int64
import __static__
from __static__ import int64


class C:
    def __init__(self, x: int64, y: int64) -> None:
        self.x: int64 = x + y


C(1, y="2")
