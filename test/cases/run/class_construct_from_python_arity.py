# Python calling a static constructor with a missing argument gets CPython's message.
import __static__


class C:
    def __init__(self, x: int, y: int) -> None:
        self.x: int = x + y


exec("C(1)", {"C": C})
