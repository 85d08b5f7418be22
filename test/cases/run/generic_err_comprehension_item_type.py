# expect-compile-error: 13:32: type mismatch: generic_err_comprehension_item_type.Point cannot be assigned to str
# A CheckedList[Point]'s items are Points in a comprehension, so they are not strs.
import __static__
from __static__ import CheckedList


class Point:
    def __init__(self) -> None:
        self.x: int = 1


def f(ps: CheckedList[Point]) -> None:
    names: CheckedList[str] = [p for p in ps]
