# An Optional[C] parameter accepts None from Python, a C, and nothing else.
# cinder-stdout:
# none
# some
# f expected 'C' for argument c, got 'int'
import __static__
from typing import Optional


class C:
    pass


class U:
    def f(self, c: Optional[C]) -> str:
        if c is None:
            return "none"
        return "some"


g = {"C": C, "U": U}
exec("print(U().f(None))\nprint(U().f(C()))", g)
exec("try:\n    U().f(3)\nexcept TypeError as e:\n    print(e)", g)
