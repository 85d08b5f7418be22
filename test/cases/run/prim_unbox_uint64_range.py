# uint64(obj) accepts 0..2**64-1; 2**64 raises OverflowError.
import __static__
from __static__ import uint64, box


def conv(n: int) -> int:
    return box(uint64(n))


print(conv(18446744073709551615))
print(conv(18446744073709551616))
# cinder-stdout:
# 18446744073709551615
# cinder-error: OverflowError: int overflow
