# No direct integer primitive -> double conversion; double(box(i)) works.
# expect-compile-error: 9:9: type mismatch: double cannot be created from int16
import __static__
from __static__ import double, int16


def f() -> None:
    i: int16 = 1
    x = double(i)
