# A uint64 field holds values above int64's range and boxes them as positive ints.
import __static__
from __static__ import uint64, box


class C:
    def __init__(self) -> None:
        self.u: uint64 = 18446744073709551615


c = C()
c.u -= 5
print(box(c.u))
