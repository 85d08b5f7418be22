# __final_method_names__ lists final methods (inherited ones too); dynamic subclasses that
# do not override them are fine, and still call the final methods.
# cinder-stdout:
# ('a', 'b')
# ('a', 'b', 'c')
# 1 2 sub
# cinder-error: none
import __static__
from typing import final


class A:
    @final
    def b(self) -> int:
        return 2

    @final
    def a(self) -> int:
        return 1

    def name(self) -> str:
        return "A"


class B(A):
    @final
    def c(self) -> int:
        return 3


print(A.__final_method_names__)
print(B.__final_method_names__)
g = {"B": B}
exec("class Sub(B):\n    def name(self):\n        return 'sub'\ns = Sub()\nprint(s.a(), s.b(), s.name())", g)
