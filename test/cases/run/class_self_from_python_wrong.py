# Calling an unbound static method from Python with a wrong `self` fails the entry check.
# cinder-stdout:
# f expected 'C' for argument self, got 'str'
import __static__


class C:
    def f(self) -> str:
        return "ok"


exec("try:\n    C.f('x')\nexcept TypeError as e:\n    print(e)", {"C": C})
