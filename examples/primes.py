# Sieve of Eratosthenes over a list of flags: once on Python ints, once counting on int64.
import __static__
from __static__ import int64, box


def sieve(limit: int) -> list:
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    primes = []
    i = 2
    while i <= limit:
        if flags[i]:
            primes.append(i)
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return primes


def count_primes(limit: int64) -> int64:
    flags = [True] * box(limit + 1)
    count: int64 = 0
    i: int64 = 2
    while i <= limit:
        if flags[box(i)]:
            count += 1
            j: int64 = i * i
            while j <= limit:
                flags[box(j)] = False
                j += i
        i += 1
    return count


if __name__ == "__main__":
    primes = sieve(100000)
    print("primes below 100000:", len(primes))
    print("largest:", primes[len(primes) - 1])
    total = 0
    for p in primes:
        total += p
    print("sum:", total)
    print("count_primes(1000000) =", box(count_primes(1000000)))
