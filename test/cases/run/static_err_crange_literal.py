# expect-compile-error: 7:21: can't use crange with arg: Literal[12]
import __static__
from __static__ import crange


def f() -> None:
    for j in crange(12):
        pass
