# expect-compile-error: 10:18: type mismatch: str cannot be assigned to int
import __static__


class C:
    def __init__(self) -> None:
        self.n: int = 0

    def reset(self) -> None:
        self.n = "zero"
