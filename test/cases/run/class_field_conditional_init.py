# A field assigned only in one branch of __init__ is still a slot; unset it raises.
# cinder-stdout:
# 1
# True False
import __static__


class C:
    def __init__(self, flag: bool) -> None:
        if flag:
            self.x: int = 1


print(C(True).x)
print(hasattr(C(True), "x"), hasattr(C(False), "x"))
