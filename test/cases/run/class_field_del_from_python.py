# `del obj.x` on an object field: later reads raise AttributeError.
# cinder-stdout:
# 1
# deleted
# cinder-error: AttributeError: 'C' object has no attribute 'x'
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1


def read(c: C) -> int:
    return c.x


c = C()
print(read(c))
exec("del c.x\nprint('deleted')", {"c": c})
print(read(c))
