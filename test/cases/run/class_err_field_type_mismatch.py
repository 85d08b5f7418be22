# expect-compile-error: 11:7: type mismatch: str cannot be assigned to int
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1


c = C()
c.x = "a"
