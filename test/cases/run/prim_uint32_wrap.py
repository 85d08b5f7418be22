# uint32 + and * wrap around modulo 2**32. The twin computes with unbounded ints.
import __static__
from __static__ import uint32, box


def f() -> None:
    z: uint32 = 4000000000
    w: uint32 = 1000000000
    print(box(z + w), box(z * w), box(w - z))


f()
# cinder-stdout:
# 705032704 2643460096 1294967296
