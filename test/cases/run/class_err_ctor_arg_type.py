# expect-compile-error: 10:3: type mismatch: str received for positional arg 'x', expected int
import __static__


class C:
    def __init__(self, x: int) -> None:
        self.x: int = x


C("a")
