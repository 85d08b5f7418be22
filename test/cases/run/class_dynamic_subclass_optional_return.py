# Overrides of an Optional[C] method may return None or a C through static callers.
import __static__
from typing import Optional


class Node:
    def next(self) -> Optional["Node"]:
        return None


def count(n: Node) -> int:
    k = 1
    m = n.next()
    while m is not None:
        k += 1
        m = m.next()
    return k


g = {"Node": Node}
exec("""
class Chain(Node):
    def __init__(self, rest):
        self.rest = rest
    def next(self):
        return self.rest
""", g)
print(count(Node()), count(g["Chain"](g["Chain"](Node()))))
