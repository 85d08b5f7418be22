# Assignment expressions bind like assignments: primitives stay unboxed, a tested target is
# narrowed like a name, and a walrus in a comprehension binds in the enclosing function.
import __static__
from __static__ import int64, clen, box, CheckedList
from typing import Optional


class Node:
    def __init__(self, v: int64, nxt: "Optional[Node]") -> None:
        self.v: int64 = v
        self.nxt: Optional[Node] = nxt


def find(n: Optional[Node], v: int64) -> Optional[Node]:
    while n is not None:
        if n.v == v:
            return n
        n = n.nxt
    return None


def sizes(xs: CheckedList[int]) -> str:
    if (n := clen(xs)) > 3:
        return "big " + str(box(n * 2))
    return "small " + str(box(n))


def lookup(head: Node, v: int64) -> int64:
    if (found := find(head, v)) is not None:
        return found.v * 10
    if isinstance((other := find(head, v + 1)), Node):
        return other.v
    return -1


def total(head: Optional[Node]) -> int64:
    s: int64 = 0
    cur: Optional[Node] = head
    while (node := cur) is not None:
        s += node.v
        cur = node.nxt
    return s


def comp(xs: list) -> int:
    last = 0
    ys = [last := x * 2 for x in xs if x]
    print(ys)
    return last


def typed_target(v: int64) -> int64:
    r: int64
    return (r := v + 1) + r


def chained(a: Optional[Node]) -> str:
    if a is not None and (b := a.nxt) is not None and (c := b.nxt):
        return str(box(a.v + b.v + c.v))
    return "short"


head = Node(1, Node(2, Node(3, None)))
print(sizes(CheckedList[int]([1, 2])), sizes(CheckedList[int]([1, 2, 3, 4, 5])))
print(box(lookup(head, 2)), box(lookup(head, 0)), box(lookup(head, 7)))
print(box(total(head)), box(total(None)))
print(comp([1, 0, 3]), comp([]))
print(box(typed_target(4)))
print(chained(head), chained(head.nxt))
if (m := len("abc")) == 3:
    print("module", m)
print([(k := i) for i in range(3)], k)
