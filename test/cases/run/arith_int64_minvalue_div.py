# INT64_MIN // -1 overflows: the x86 idiv instruction traps on it. Under wraparound
# semantics the quotient is INT64_MIN and the remainder 0 (the twin on CPython prints
# 2**63 and 0); a compiled program must not die of SIGFPE.
import __static__
from __static__ import int64, box


def div(a: int64, b: int64) -> int64:
    return a // b


def mod(a: int64, b: int64) -> int64:
    return a % b


print(box(mod(-9223372036854775807 - 1, -1)))
print(box(div(-9223372036854775807 - 1, -1)))
# cinder-stdout:
# 0
# -9223372036854775808
