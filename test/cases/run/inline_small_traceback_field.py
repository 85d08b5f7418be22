# Small static functions are inlined into their static callers; an exception raised inside
# one still shows the callee's frame and line in the traceback, above the caller's.
# check-traceback
import __static__
from __static__ import int64, box
from typing import Optional


class Node:
    def __init__(self, link: Optional["Node"], set_value: bool) -> None:
        self.link: Optional[Node] = link
        if set_value:
            self.value: int = 7


def value_of(n: Node) -> int:
    return n.value


def ratio(a: int64, b: int64) -> int64:
    return a // b


def total(n: Optional[Node]) -> int:
    t = 0
    while n is not None:
        t += value_of(n)
        n = n.link
    return t


def main() -> None:
    print(box(ratio(7, 2)))
    print(total(Node(Node(None, True), True)))
    print(total(Node(Node(None, False), True)))


main()
