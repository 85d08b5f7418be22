# A cursor local assigned from an Optional field in a loop stays usable under a None test.
import __static__
from __static__ import int64, box
from typing import Optional


class Node:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.next: Optional[Node] = None


def build(n: int64) -> Node:
    head = Node(0)
    cur = head
    i: int64 = 1
    while i < n:
        nxt = Node(i)
        cur.next = nxt
        cur = nxt
        i += 1
    return head


def count(head: Node) -> int64:
    k: int64 = 0
    cur = head.next
    while cur is not None:
        k += cur.v
        cur = cur.next
    return k


print(box(count(build(5))))
