# Fields of locals narrow like locals while nothing that could run Python code intervenes
# (Cinder's test_refine_fields.py): is None / is not None / isinstance / assert, a store,
# simple assignments in between, both arms of an if, and a loop with no calls in it.
import __static__
from __static__ import int64, box
from typing import Optional


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None
        self.other: Optional[C] = None

    def after_test(self) -> int64:
        if self.nxt is not None:
            return self.nxt.v + 1
        return 0

    def after_store(self) -> int64:
        if self.nxt is None:
            self.nxt = C(7)
        return self.nxt.v

    def of_param(self, o: "C") -> int64:
        if isinstance(o.nxt, C):
            return o.nxt.v
        return -1

    def after_assert(self) -> int64:
        assert self.nxt is not None
        return self.nxt.v

    def simple_assignments(self) -> int64:
        if self.nxt is not None:
            a = self.nxt
            self.other = None
            b = a
            return self.nxt.v + b.v
        return -1

    def both_arms(self, flag: bool) -> int64:
        if flag:
            assert self.nxt is not None
        else:
            assert self.nxt is not None
        return self.nxt.v

    def through_loop(self, b: Optional[bool]) -> int64:
        assert self.nxt is not None
        while b is not None:
            b = None
            assert self.nxt is not None
        return self.nxt.v

    def both_fields(self) -> int64:
        if self.nxt is not None and self.other is not None:
            a = self.nxt
            b = self.other
            return a.v * 100 + b.v
        return -2


c = C(1)
print(box(c.after_test()))
c.nxt = C(5)
print(box(c.after_test()), box(c.after_assert()), box(c.simple_assignments()))
d = C(2)
print(box(d.after_store()), box(d.after_test()))
print(box(c.of_param(c)), box(c.of_param(C(0))))
print(box(c.both_arms(True)), box(c.both_arms(False)), box(c.through_loop(True)))
print(box(c.both_fields()))
c.other = C(9)
print(box(c.both_fields()))
