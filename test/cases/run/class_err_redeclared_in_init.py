# expect-compile-error: 8:9: Cannot re-declare member 'x' in 'class_err_redeclared_in_init.C'
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1
        self.x: int = 2
