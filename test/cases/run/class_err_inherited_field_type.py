# expect-compile-error: 13:9: Cannot change type of inherited attribute (inherited type 'int')
# expect-compile-error: 13:23: type mismatch: str cannot be assigned to int
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1


class D(C):
    def __init__(self) -> None:
        self.x: str = "a"
