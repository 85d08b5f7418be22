# Constant defaults of narrow primitive parameters are filled in at the call site.
import __static__
from __static__ import int8, int16, box


def f(a: int8 = -1, b: int16 = 1000) -> int16:
    return b + a


print(box(f()), box(f(2)), box(f(1, 1)))
fns = [f]
print(fns[0](), fns[0](5, 6))
