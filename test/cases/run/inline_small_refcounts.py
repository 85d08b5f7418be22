# Small static functions inlined into their callers: borrowed parameters returned, fields
# swapped, None returned; reference counts end where they started.
import __static__
from __static__ import cbool, int64
import sys
from typing import Optional


class Cell:
    def __init__(self, v: int) -> None:
        self.v: int = v
        self.nxt: Optional[Cell] = None


def pick(a: Cell, b: Cell, first: cbool) -> Cell:
    return a if first else b


def swap_in(a: Cell, b: Optional[Cell]) -> Optional[Cell]:
    old = a.nxt
    a.nxt = b
    return old


def value(c: Optional[Cell]) -> int:
    if c is None:
        return -1
    return c.v


def churn(x: Cell, y: Cell) -> int:
    total = 0
    i: int64 = 0
    while i < 100000:
        p = pick(x, y, i % 3 == 0)
        total += value(swap_in(p, y))
        total += value(swap_in(p, None))
        i += 1
    return total


def main() -> None:
    x = Cell(1)
    y = Cell(2)
    before = (sys.getrefcount(x), sys.getrefcount(y))
    print(churn(x, y), value(x.nxt), value(y.nxt))
    print((sys.getrefcount(x), sys.getrefcount(y)) == before)


main()
