# `while n is not None:` narrows a linked-list cursor inside the loop body.
import __static__
from __static__ import int64, box
from typing import Optional


class Node:
    def __init__(self, v: int64, nxt: Optional["Node"]) -> None:
        self.v: int64 = v
        self.next: Optional[Node] = nxt


def total(head: Optional[Node]) -> int64:
    s: int64 = 0
    n = head
    while n is not None:
        s += n.v
        n = n.next
    return s


print(box(total(Node(1, Node(2, Node(3, None))))), box(total(None)))
