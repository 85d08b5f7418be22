# CheckedList[Optional[C]]: items may be None; a read is Optional[C] and narrowing by
# `is not None` gives C; None is accepted by the run-time check too.
import __static__
from __static__ import CheckedList, box, int64
from typing import Optional


class Node:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v


def live_sum(slots: CheckedList[Optional[Node]]) -> int64:
    s: int64 = 0
    for n in slots:
        if n is not None:
            s += n.v
    return s


def main() -> None:
    slots: CheckedList[Optional[Node]] = [Node(1), None, Node(5)]
    slots.append(None)
    slots[1] = Node(10)
    first = slots[0]
    if first is not None:
        print(box(first.v))
    print(box(live_sum(slots)), slots.count(None))
    dyn: object = slots
    dyn.append(None)
    print(len(slots))


main()
