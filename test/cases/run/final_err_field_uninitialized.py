# expect-compile-error: 8:5: Final attribute not initialized: final_err_field_uninitialized.C:x
# expect-compile-error: 9:5: Final attribute not initialized: final_err_field_uninitialized.C:y
import __static__
from typing import Final


class C:
    x: Final
    y: Final[int]
    def __init__(self) -> None:
        self.z = 1
