# Storing through an int64 index, including a negative one and out of range.
import __static__
from __static__ import int64


def put(xs: list, i: int64, v: object) -> None:
    xs[i] = v


xs = [0, 0, 0]
put(xs, 0, "a")
put(xs, -1, "z")
print(xs)
put(xs, 3, "boom")
