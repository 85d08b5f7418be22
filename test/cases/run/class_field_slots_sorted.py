# __slots__ lists the fields sorted by name, whatever order they were declared in.
# cinder-stdout:
# ('alpha', 'mid', 'zeta')
# ('extra',)
# cinder-error: none
import __static__
from __static__ import int64


class A:
    zeta: int

    def __init__(self) -> None:
        self.mid = 0
        self.alpha: int64 = 1


class B(A):
    def __init__(self) -> None:
        super().__init__()
        self.extra: str = ""


print(A.__slots__)
print(B.__slots__)
