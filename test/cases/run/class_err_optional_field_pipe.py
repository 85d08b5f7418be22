# `C | None` prints as Optional in the message too.
# expect-compile-error: 12:12: Optional[class_err_optional_field_pipe.C]: 'NoneType' object has no attribute 'x'
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1


def f(c: C | None) -> int:
    return c.x
