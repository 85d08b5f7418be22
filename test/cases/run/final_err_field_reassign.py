# expect-compile-error: 24:1: Cannot assign to a Final attribute of final_err_field_reassign.C:x
# expect-compile-error: 25:1: Cannot assign to a Final attribute of final_err_field_reassign.C:y
# expect-compile-error: 15:9: Cannot assign to a Final attribute of final_err_field_reassign.C:x
# expect-compile-error: 20:9: Cannot assign to a Final attribute of final_err_field_reassign.D:x
import __static__
from typing import Final


class C:
    x: Final[int]
    def __init__(self) -> None:
        self.x = 3
        self.y: Final[str] = "y"
    def again(self) -> None:
        self.x = 4


class D(C):
    def __init__(self) -> None:
        self.x = 4


c: C = C()
c.x = 4
c.y += "!"
