# Two methods calling each other, overridden in a subclass.
import __static__
from __static__ import int64


class P:
    def even(self, n: int64) -> bool:
        if n == 0:
            return True
        return self.odd(n - 1)

    def odd(self, n: int64) -> bool:
        if n == 0:
            return False
        return self.even(n - 1)


class Q(P):
    def odd(self, n: int64) -> bool:
        return not self.even(n)


print(P().even(10), P().odd(7), Q().even(9), Q().odd(4))
