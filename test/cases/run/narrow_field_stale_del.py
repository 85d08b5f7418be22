# A narrowed field read is the value its test loaded, as in Cinder's code generator (a
# hidden variable), never a reload trusted to still be a C: here storing to another field
# (which Cinder lets keep the refinement) releases a Trigger whose __del__ sets self.nxt to
# None between the test and the use. Compiled code reads the tested object, as Cinder does;
# the twin reloads the field and fails.
# The same after a store narrowed the field: the stored object is read back.
# cinder-stdout:
# 5
# None
# 3
# cinder-error: none
import __static__
from __static__ import int64, box
from typing import Optional


class Trigger:
    def __init__(self, c: "C") -> None:
        self.c: C = c

    def __del__(self) -> None:
        self.c.nxt = None


class C:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.nxt: Optional[C] = None
        self.guard: Optional[Trigger] = None

    def f(self) -> int64:
        if self.nxt is not None:
            self.guard = None
            return self.nxt.v
        return -1

    def g(self) -> int64:
        self.nxt = C(3)
        self.guard = None
        return self.nxt.v


c = C(1)
c.nxt = C(5)
c.guard = Trigger(c)
print(box(c.f()))
print(c.nxt)
c.guard = Trigger(c)
print(box(c.g()))
