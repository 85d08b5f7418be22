# expect-compile-error: 6:14: type mismatch: str cannot be assigned to int
import __static__


class C:
    x: int = "a"
