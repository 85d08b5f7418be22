# A local first None and later assigned instances in a loop is narrowed before use.
import __static__
from __static__ import int64, box


class Item:
    def __init__(self, w: int64) -> None:
        self.w: int64 = w


def heaviest(items: list) -> int64:
    best = None
    for it in items:
        i: Item = it
        if best is None:
            best = i
        elif i.w > best.w:
            best = i
    if best is None:
        return -1
    return best.w


print(box(heaviest([Item(3), Item(9), Item(4)])), box(heaviest([])))
