# Python code storing into a static property: the setter's boxed entry checks the value.
# cinder-stdout:
# 5
# cinder-error: TypeError: foo expected 'int' for argument x, got 'str'
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 0

    @property
    def foo(self) -> int:
        return self.x

    @foo.setter
    def foo(self, x: int) -> None:
        self.x = x


g = {"c": C()}
exec("c.foo = 5; print(c.x)", g)
exec("c.foo = 'five'", g)
