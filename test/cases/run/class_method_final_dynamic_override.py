# A dynamic subclass overriding a final method fails when the class is created.
# cinder-stdout:
# ok
# cinder-error: TypeError: 'f' overrides a final method in the static base class
import __static__
from typing import final


class C:
    @final
    def f(self) -> int:
        return 1


print("ok")
exec("class D(C):\n    def f(self):\n        return 2\n", {"C": C})
