# A patched int8 method returning an out-of-range int overflows where static code receives it.
# cinder-stdout:
# 5
# 100
# cinder-error: OverflowError: int overflow
import __static__
from __static__ import int8, box


class C:
    def f(self) -> int8:
        return 5


def call(c: C) -> int:
    return box(c.f())


c = C()
print(call(c))
exec("C.f = lambda self: 100", {"C": C})
print(call(c))
exec("C.f = lambda self: 300", {"C": C})
print(call(c))
