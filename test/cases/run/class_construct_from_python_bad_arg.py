# Python constructing a static class with a wrong argument type: __init__'s CHECK_ARGS.
# cinder-stdout:
# 3
# __init__ expected 'int' for argument x, got 'str'
import __static__


class C:
    def __init__(self, x: int) -> None:
        self.x: int = x


g = {"C": C}
exec("print(C(3).x)", g)
exec("try:\n    C('no')\nexcept TypeError as e:\n    print(e)", g)
