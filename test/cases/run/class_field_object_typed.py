# A field annotated `object` takes values of any type, from static and dynamic code.
import __static__


class Box:
    def __init__(self, v: object) -> None:
        self.v: object = v


b = Box(1)
print(b.v)
b.v = "s"
print(b.v)
exec("b.v = [1, 2]\nprint(b.v)", {"b": b})
