# expect-compile-error: 11:7: type mismatch: str received for positional arg 'n', expected int64
import __static__
from __static__ import int64


class C:
    def f(self, n: int64) -> None:
        pass


C().f("a")
