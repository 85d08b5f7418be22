# A statically known str cannot become an integer primitive.
# expect-compile-error: 8:9: type mismatch: str cannot be assigned to uint8
import __static__
from __static__ import uint8


def f() -> None:
    x = uint8("a")
