# expect-compile-error: 8:24: type mismatch: str cannot be assigned to int
# expect-compile-error: 11:7: type mismatch: str cannot be assigned to int
import __static__
from typing import ClassVar


class C:
    n: ClassVar[int] = "a"


C.n = "b"
