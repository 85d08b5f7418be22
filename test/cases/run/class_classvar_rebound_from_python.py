# A ClassVar rebound from Python with a value of the wrong type: static reads check it.
# cinder-stdout:
# 1
# 2
# cinder-error: TypeError: expected 'int', got 'str'
import __static__
from typing import ClassVar


class C:
    n: ClassVar[int] = 1


def read() -> int:
    return C.n


print(read())
exec("C.n = 2", {"C": C})
print(read())
exec("C.n = 'two'", {"C": C})
print(read())
