# Direct calls between static functions: chains, more than six arguments, mixed int64 and
# double arguments (register and stack passing).
import __static__
from __static__ import int64, double, box


def seven(a: int64, b: int64, c: int64, d: int64, e: int64, f: int64, g: int64) -> int64:
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g


def mixed(i: int64, x: double, j: int64, y: double, k: int64, z: double, l: int64, w: double) -> double:
    return double(box(i + j + k + l)) + x * y + z * w


def objs(a: int, b: str, c: int, d: str, e: int, f: str, g: int, h: str) -> str:
    return str(a + c + e + g) + b + d + f + h


def level1(n: int64) -> int64:
    return level2(n + 1) * 2


def level2(n: int64) -> int64:
    return level3(n, n + 1)


def level3(a: int64, b: int64) -> int64:
    return a * b


print(box(seven(1, 2, 3, 4, 5, 6, 7)))
print(box(mixed(1, 1.5, 2, 2.0, 3, 0.5, 4, 4.0)))
print(objs(1, "a", 2, "b", 3, "c", 4, "d"))
print(box(level1(3)))
