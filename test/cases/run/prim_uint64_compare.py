# uint64 comparisons are unsigned: 2**64-1 is the largest value, not -1.
import __static__
from __static__ import uint64, box


def f() -> None:
    top: uint64 = 18446744073709551615
    one: uint64 = 1
    print(box(top > one), box(top < one), box(top >= top), box(one <= top), box(top == top), box(top != one))
    if top > one:
        print("greater")


f()
