# `for x in a` over an Array in static code binds x to the element type (a primitive, as
# in Cinder's indexed loop); `in`, list() and sorted() work on it from Python.
import __static__
from __static__ import Array, box, cbool, double, int32, int64


def positive_sum(a: Array[int32]) -> int64:
    s: int64 = 0
    for x in a:
        if x > 0:
            s += x
    return s


def mean(a: Array[double]) -> double:
    s: double = 0.0
    for x in a:
        s += x
    return s / double(len(a))


def count(a: Array[cbool]) -> int64:
    n: int64 = 0
    for flag in a:
        if flag:
            n += 1
    return n


def main() -> None:
    a = Array[int32]([5, -3, 7, 0, -1])
    print(box(positive_sum(a)), 7 in a, -2 in a, sorted(a))
    b = Array[int32](0)
    print(box(positive_sum(b)), list(b), len(b))
    print(box(mean(Array[double]([1.0, 2.0, 4.5]))), box(count(Array[cbool]([True, False, True]))))


main()
