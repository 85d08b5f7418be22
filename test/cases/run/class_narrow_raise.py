# `if x is None: raise` narrows x after the if; the raise itself propagates.
# cinder-stdout:
# 3
# cinder-error: ValueError: no node
import __static__
from typing import Optional


class N:
    def __init__(self, v: int) -> None:
        self.v: int = v


def value(n: Optional[N]) -> int:
    if n is None:
        raise ValueError("no node")
    return n.v


print(value(N(3)))
print(value(None))
