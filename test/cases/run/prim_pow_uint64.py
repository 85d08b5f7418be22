# uint64 ** converts values above 2**63 to double as unsigned.
import __static__
from __static__ import uint64, box


def f() -> None:
    top: uint64 = 18446744073709551615
    one: uint64 = 1
    print(box(top ** one))


f()
# cinder-stdout:
# 1.8446744073709552e+19
