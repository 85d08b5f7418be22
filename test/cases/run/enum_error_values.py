# IntEnum values must be ints and StringEnum values strs, statically (Cinder's messages).
from __static__ import IntEnum, StringEnum


def untyped():
    return 1


class Level(IntEnum):
    LOW = 1
    BAR = "BAR"
    ANNOTATED: str = "x"
    DYN = untyped()


class Name(StringEnum):
    FOO = "FOO"
    BAR = 23
# expect-compile-error: 11:5: IntEnum values must be int, not str
# expect-compile-error: 12:5: IntEnum values must be int, not str
# expect-compile-error: 13:5: IntEnum values must be int, not dynamic
# expect-compile-error: 18:5: StringEnum values must be str, not Literal[23]
