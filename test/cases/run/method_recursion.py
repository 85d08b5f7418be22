# A method that recurses through self.
import __static__
from __static__ import int64, box


class F:
    def fib(self, n: int64) -> int64:
        if n < 2:
            return n
        return self.fib(n - 1) + self.fib(n - 2)


print(box(F().fib(20)))
