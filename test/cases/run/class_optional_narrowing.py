# Optional locals are narrowed by `is None` tests, early returns, assert and `and`.
import __static__
from __static__ import int64, box
from typing import Optional


class Node:
    def __init__(self, v: int64, nxt: Optional["Node"]) -> None:
        self.v: int64 = v
        self.nxt: Optional[Node] = nxt


def length(n: Optional[Node]) -> int64:
    k: int64 = 0
    while n is not None:
        k += 1
        n = n.nxt
    return k


def second(n: Optional[Node]) -> int64:
    if n is None:
        return -1
    m = n.nxt
    assert m is not None
    return m.v


def first_or(n: Optional[Node], d: int64) -> int64:
    # `n is not None and n.v > 0` would mix bool and cbool (refused, as in Cinder).
    if n is not None:
        if n.v > 0:
            return n.v
    return d


def is_end(n: Optional[Node]) -> bool:
    return n is not None and n.nxt is None


chain = Node(1, Node(2, Node(3, None)))
print(box(length(chain)), box(length(None)), box(second(chain)), box(first_or(None, 9)), box(first_or(chain, 9)), is_end(chain), is_end(Node(5, None)))
