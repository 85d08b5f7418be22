# Unbounded recursion through the vtable (a non-final method calling itself) is a
# RecursionError, not a crash.
import __static__
from __static__ import int64, box

class A:
    def f(self, n: int64) -> int64:
        return self.f(n + 1) + 1

print(box(A().f(0)))
