# Default arguments of methods are filled in when omitted, including primitive defaults.
import __static__
from __static__ import int8, int64, box


class C:
    def f(self, a: int64, b: int8 = -3, s: str = "s") -> str:
        return s + str(box(a + b))


c = C()
print(c.f(10), c.f(10, 5), c.f(10, s="t"), c.f(1, 2, "u"))
