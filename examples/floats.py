# Float loops: the Leibniz series for pi on double (unboxed), and a harmonic sum on float.
import __static__
from __static__ import double, int64, box


def leibniz(terms: int64) -> double:
    total: double = 0.0
    sign: double = 1.0
    denom: double = 1.0
    k: int64 = 0
    while k < terms:
        total += sign / denom
        sign = -sign
        denom += 2.0
        k += 1
    return total * 4.0


def harmonic(n: int) -> float:
    total = 0.0
    for i in range(1, n + 1):
        total += 1.0 / i
    return total


if __name__ == "__main__":
    print("pi ~", box(leibniz(2000000)))
    print("H(100000) =", harmonic(100000))
    print("max/min/abs:", max(3, 7, 5), min(2.5, -1.0), abs(-42))
    print("str:", str(12345) + "!")
