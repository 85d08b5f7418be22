# cast(T, v) checks v at run time and types it T: fields of a static class are then read
# directly; Optional[T] lets None through.
import __static__
from __static__ import int64, box, cast
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def use(o: object) -> int64:
    c = cast(C, o)
    return c.v


def maybe(o: object) -> Optional[C]:
    return cast(Optional[C], o)


print(box(use(C(5))), maybe(None), type(maybe(C(1))).__name__)
