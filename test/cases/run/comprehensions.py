import __static__
from __static__ import int64, box


def squares(n: int) -> list:
    return [i * i for i in range(n) if i % 2 == 0]


def pairs(xs: list) -> list:
    return [(a, b) for a in xs for b in xs if a < b]


def index(words: list) -> dict:
    return {w: len(w) for w in words}


def total(n: int64) -> int64:
    s: int64 = 0
    for v in [box(n), box(n * 2)]:
        s += n
    return s


x = "outer"
print(squares(10), pairs([1, 2, 3]), index(["a", "bb", "ccc"]))
print(sorted({c for c in "mississippi"}), [x for x in "ab"], x)
print({k: v for k, v in [("one", 1), ("two", 2)]}, [[j for j in range(i)] for i in range(4)])
print(box(total(5)))
