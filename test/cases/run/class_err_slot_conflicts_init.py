# A field assigned in __init__ with the name of a method defined before __init__.
# expect-compile-error: 11:9: slot conflicts with other member size in Type[class_err_slot_conflicts_init.C]
import __static__


class C:
    def size(self) -> int:
        return 1

    def __init__(self) -> None:
        self.size: int = 2
