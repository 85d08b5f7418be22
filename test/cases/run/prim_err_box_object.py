# box of a non-primitive.
# expect-compile-error: 8:9: can't box non-primitive: str
import __static__
from __static__ import box


def f() -> None:
    x = box("a")
