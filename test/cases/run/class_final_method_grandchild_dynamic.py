# A dynamic subclass two levels below the final method's class is refused too.
# cinder-stdout:
# 'f' overrides a final method in the static base class
# ok
import __static__
from typing import final


class A:
    @final
    def f(self) -> int:
        return 1


class B(A):
    pass


g = {"B": B}
exec("try:\n    class D(B):\n        def f(self):\n            return 2\nexcept TypeError as e:\n    print(e)\nprint('ok')", g)
