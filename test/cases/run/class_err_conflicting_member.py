# expect-compile-error: 9:5: function conflicts with other member x in Type[class_err_conflicting_member.C]
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1

    def x(self) -> int:
        return 1
