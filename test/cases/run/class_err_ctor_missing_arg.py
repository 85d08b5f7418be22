# expect-compile-error: 10:1: Function class_err_ctor_missing_arg.C.__init__ expects a value for argument y
import __static__


class C:
    def __init__(self, x: int, y: int) -> None:
        self.x: int = x + y


C(1)
