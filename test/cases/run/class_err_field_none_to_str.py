# None cannot be stored in a non-Optional field.
# expect-compile-error: 12:7: type mismatch: None cannot be assigned to str
import __static__


class C:
    def __init__(self) -> None:
        self.s: str = ""


c = C()
c.s = None
