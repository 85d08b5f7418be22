# crange(n) / crange(a, b): a counted loop on an integer primitive (no iterator object);
# break, continue and else behave as in any for loop, and the target keeps its last value.
import __static__
from __static__ import box, crange, int64, int32, uint8


def sum_until(n: int) -> int:
    x: int64 = 0
    for j in crange(int64(n)):
        x += j
    return box(x)


def sum_between(m: int, n: int) -> int:
    x: int64 = 0
    for j in crange(int64(m), int64(n)):
        if j == 4:
            continue
        x += j
        if x > 100:
            break
    else:
        x = -x
    return box(x)


def widths() -> None:
    a: int32 = 3
    total: int64 = 0
    for k in crange(a):
        total += k
    last: uint8 = 0
    u: uint8 = 250
    for v in crange(u, uint8(255)):
        last = v
    print(box(total), box(last), box(k))


print(sum_until(6), sum_until(0), sum_between(3, 6), sum_between(10, 100))
widths()
