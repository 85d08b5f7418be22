# Instances of static classes have slots, no __dict__: unknown attributes are refused.
# cinder-stdout:
# ('x',)
# False
# cinder-error: AttributeError: 'C' object has no attribute 'y'
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1


c = C()
print(C.__slots__)
print(hasattr(c, "__dict__"))
exec("c.y = 2", {"c": c})
