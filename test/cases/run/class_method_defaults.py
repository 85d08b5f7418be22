# Method parameters with defaults, called with and without them.
import __static__
from __static__ import int64, box


class F:
    def scale(self, x: int64, by: int64 = 2, label: str = "x") -> str:
        return label + "=" + str(box(x * by))


f = F()
print(f.scale(3), f.scale(3, 5), f.scale(3, 5, "y"))
