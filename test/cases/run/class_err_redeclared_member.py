# expect-compile-error: 9:9: Cannot re-declare member 'x' in 'class_err_redeclared_member.C'
import __static__


class C:
    x: int

    def __init__(self) -> None:
        self.x: int = 1
