# An Array as a typed field of a static class: items are read and written through the
# field as primitives; the field's descriptor checks stores from dynamic code (the twin's
# plain class does not, so the last store fails only compiled).
# cinder-stdout:
# Array[int64]([0, 5, 0, 3]) 8
# Array[int64]([1, 2]) 2
# cinder-error: TypeError: expected '__static__.Array[int64]', got 'list' for attribute 'counts'
import __static__
from __static__ import Array, box, clen, int64


class Histogram:
    def __init__(self, n: int64) -> None:
        self.counts: Array[int64] = Array[int64](box(n))

    def add(self, bucket: int64, k: int64) -> None:
        self.counts[bucket] += k

    def total(self) -> int64:
        s: int64 = 0
        i: int64 = 0
        while i < clen(self.counts):
            s += self.counts[i]
            i += 1
        return s


h = Histogram(4)
h.add(1, 5)
h.add(-1, 3)
print(h.counts, box(h.total()))
h.counts = Array[int64]([1, 2])
print(h.counts, len(h.counts))
dyn: object = h
dyn.counts = [1, 2]
