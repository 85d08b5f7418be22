# Vector[T]() is empty; Vector[T](n) has n zeros (none for a negative n, as Cinder's
# `array(tc, [0]) * n`); Vector[T](iterable) copies the items with array's conversions.
import __static__
from __static__ import Vector, double, int16, int64, uint8


def main() -> None:
    print(Vector[int64](), Vector[int64](3), Vector[int64](-1), Vector[double](2))
    print(Vector[int16]([1, -2]), Vector[int64](range(4)), Vector[uint8](bytearray(2)))
    v = Vector[int64](Vector[int64]([7, 8]))
    print(v, v == Vector[int64]([7, 8]), type(v) is Vector[int64])
    print(Vector[int64] is Vector[int64], Vector[int64].__name__)


main()
