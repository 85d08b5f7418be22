# expect-compile-error: 13:7: type mismatch: Literal[300] cannot be assigned to int8
# Storing an out-of-range literal into an int8 field is a compile error.
import __static__
from __static__ import int8


class C:
    def __init__(self) -> None:
        self.x: int8 = 1


c = C()
c.x = 300
