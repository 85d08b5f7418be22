# A list subclass passed as `list` and indexed by int64 still uses its own __getitem__.
import __static__
from __static__ import int64


class Shifted(list):
    def __getitem__(self, i):
        return "shifted:" + str(list.__getitem__(self, i + 1))


def get(xs: list, i: int64) -> object:
    return xs[i]


print(get([10, 20, 30], 0), get(Shifted([10, 20, 30]), 0))
