# expect-compile-error: 7:14: type mismatch: str cannot be assigned to int
# expect-compile-error: 10:7: type mismatch: str cannot be assigned to int
import __static__


class C:
    x: int = "a"


C.x = "b"
