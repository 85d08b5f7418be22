# A value that is not a member of the enum is refused where the enum is expected; a plain
# Enum's members are not ints.
from __static__ import Enum, IntEnum


class Color(Enum):
    RED = 1


class Level(IntEnum):
    LOW = 1


def describe(c: Color) -> str:
    return f"{c}"


def double(n: int) -> int:
    return n * 2


describe(1)
describe(Level.LOW)
double(Color.RED)
c: Color = Level.LOW
s: str = Level.LOW.value
# expect-compile-error: 22:10: type mismatch: Literal[1] received for positional arg 'c', expected enum_error_types.Color
# expect-compile-error: 23:10: type mismatch: <enum_error_types.Level.LOW: <Literal[1]>> received for positional arg 'c', expected enum_error_types.Color
# expect-compile-error: 24:8: type mismatch: <enum_error_types.Color.RED: <Literal[1]>> received for positional arg 'n', expected int
# expect-compile-error: 25:12: type mismatch: <enum_error_types.Level.LOW: <Literal[1]>> cannot be assigned to enum_error_types.Color
# expect-compile-error: 26:10: type mismatch: int cannot be assigned to str
