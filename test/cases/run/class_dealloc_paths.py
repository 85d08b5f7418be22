# Instances of static classes are freed by the runtime's lean deallocators: a long linked
# list is freed without deep recursion, primitive-only instances and subclasses made in
# Python (with a __dict__, a __del__ and weak references) free correctly, and every class
# keeps its reference count.
import __static__
from __static__ import box, int64, double
from typing import Optional
import gc
import sys
import weakref


class Node:
    def __init__(self, nxt: Optional["Node"], v: int64) -> None:
        self.nxt: Optional[Node] = nxt
        self.v: int64 = v


class Vec:
    def __init__(self, x: double, y: double) -> None:
        self.x: double = x
        self.y: double = y


def chain(n: int64) -> Optional[Node]:
    head: Optional[Node] = None
    i: int64 = 0
    while i < n:
        head = Node(head, i)
        i += 1
    return head


def churn(n: int64) -> double:
    total: double = 0.0
    i: int64 = 0
    while i < n:
        v = Vec(1.5, 2.0)
        total += v.x * v.y
        i += 1
    return total


before = (sys.getrefcount(Node), sys.getrefcount(Vec))
head = chain(1000000)
del head
print(box(churn(100000)))
g = {"Node": Node}
exec("""
class Py(Node):
    def __del__(self):
        deleted.append(self.v)
""", g)
g["deleted"] = deleted = []
p = g["Py"](None, 7)
p.extra = "dict"
r = weakref.ref(p)
del p
print(deleted, r() is None)
q = g["Py"](Node(None, 1), 8)
del q
print(deleted)
del g
gc.collect()
print((sys.getrefcount(Node), sys.getrefcount(Vec)) == before)
