# uint64 / // % use an unsigned divide: values above 2**63 are not negative.
import __static__
from __static__ import uint64, box


def f() -> None:
    top: uint64 = 18446744073709551615
    two: uint64 = 2
    ten: uint64 = 10
    print(box(top // two), box(top % ten), box(top // top))
    print(box(top // ten), box(top % two))


f()
