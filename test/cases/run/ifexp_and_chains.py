import __static__
from __static__ import int64, box


def clamp(x: int64, lo: int64, hi: int64) -> int64:
    return lo if x < lo else hi if x > hi else x


def grade(n: int) -> str:
    return "small" if 0 < n < 10 else "big" if n >= 10 else "non-positive"


print(box(clamp(5, 0, 3)), box(clamp(-5, 0, 3)), box(clamp(2, 0, 3)))
print(grade(3), grade(30), grade(0))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 < 2 > 0 != 5)
print("a" < "b" <= "b" < "c", 0 < 0.5 < 1)
