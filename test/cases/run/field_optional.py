# An Optional field accepts None and instances; reading through it needs a narrowed local.
import __static__
from __static__ import int64, box
from typing import Optional


class N:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.link: Optional[N] = None


def link_v(n: N) -> int64:
    l = n.link
    if l is None:
        return -1
    return l.v


a = N(1)
print(box(link_v(a)))
a.link = N(2)
print(box(link_v(a)))
a.link = None
print(box(link_v(a)), a.link)
