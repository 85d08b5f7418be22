# Prime gaps: a sieve over an Array[cbool] collects the primes below a limit into a growing
# Vector[int64]; then the largest gap between neighbours and how often each small gap occurs.
import __static__
from __static__ import Array, Vector, box, cbool, clen, int64


def primes_below(limit: int64) -> Vector[int64]:
    composite = Array[cbool](box(limit))
    primes = Vector[int64]()
    i: int64 = 2
    while i < limit:
        if not composite[i]:
            primes.append(i)
            j: int64 = i * i
            while j < limit:
                composite[j] = True
                j += i
        i += 1
    return primes


def gap_counts(primes: Vector[int64], widest: int64) -> Vector[int64]:
    counts = Vector[int64](box(widest + 1))
    prev: int64 = 2
    for p in primes:
        gap: int64 = p - prev
        if gap <= widest:
            counts[gap] += 1
        prev = p
    return counts


def largest_gap(primes: Vector[int64]) -> int64:
    best: int64 = 0
    i: int64 = 1
    while i < clen(primes):
        if primes[i] - primes[i - 1] > best:
            best = primes[i] - primes[i - 1]
        i += 1
    return best


primes = primes_below(2000000)
print("primes below 2,000,000:", len(primes), "largest:", box(primes[-1]))
print("largest gap:", box(largest_gap(primes)))
counts = gap_counts(primes, 12)
for gap in range(2, 13, 2):
    print(f"gap {gap:2}: {box(counts[gap])}")
