# Appends past the allocated room go through array's own append, which grows the storage;
# native appends resume in the new room. Interleaved with Python-level appends and pops.
import __static__
from __static__ import Vector, box, clen, int32, int64


def fill(v: Vector[int32], n: int64) -> None:
    i: int64 = 0
    while i < n:
        v.append(int32(i))
        i += 1


def check(v: Vector[int32]) -> int64:
    bad: int64 = 0
    i: int64 = 0
    while i < clen(v):
        if v[i] != i:
            bad += 1
        i += 1
    return bad


v = Vector[int32]()
fill(v, 100000)
print(len(v), box(check(v)), sum(v))
v.pop()
v.append(99999)
fill(v, 5)
print(len(v), v[-6:], box(check(v[:100000])))
