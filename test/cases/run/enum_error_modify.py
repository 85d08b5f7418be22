# Enum members, and an enum's attributes, cannot be stored to or deleted (Cinder refuses it
# at compile time).
from __static__ import Enum, IntEnum


class Color(Enum):
    RED = 1


class Level(IntEnum):
    LOW = 1


def modify(c: Color) -> None:
    Color.RED = 2
    del Level.LOW
    Color.other = 3
    c.value = 4
    Color.RED.name = "x"
# expect-compile-error: 15:5: Static Enum values cannot be modified or deleted
# expect-compile-error: 16:9: Static Enum values cannot be modified or deleted
# expect-compile-error: 17:5: Static Enum values cannot be modified or deleted
# expect-compile-error: 18:5: Enum values cannot be modified or deleted
# expect-compile-error: 19:5: Enum values cannot be modified or deleted
