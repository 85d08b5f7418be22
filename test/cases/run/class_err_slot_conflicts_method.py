# A class-level annotation after a method of the same name.
# expect-compile-error: 9:5: slot conflicts with other member f in Type[class_err_slot_conflicts_method.C]
import __static__


class C:
    def f(self) -> int:
        return 1
    f: int
