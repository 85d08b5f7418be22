# A linked list built from Optional fields of the class's own type.
import __static__
from __static__ import int64, box
from typing import Optional


class Link:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.next: Optional[Link] = None


def build(n: int64) -> Link:
    head = Link(0)
    cur = head
    i: int64 = 1
    while i < n:
        nxt = Link(i)
        cur.next = nxt
        cur = nxt
        i += 1
    return head


def total(l: Optional[Link]) -> int64:
    t: int64 = 0
    while l is not None:
        t += l.v
        l = l.next
    return t


print(box(total(build(10))))
