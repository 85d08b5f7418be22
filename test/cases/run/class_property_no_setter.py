# A static store to a property without a setter fails at run time, as in Python.
import __static__


class C:
    @property
    def prop(self) -> int:
        return 1

    def set(self, val: int) -> None:
        self.prop = val


print(C().prop)
C().set(2)
