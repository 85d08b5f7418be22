# Enum members are instances of their class statically: they pass where the class is
# expected, IntEnum members where an int is, StringEnum members where a str is; members read
# through the class are checked (CAST) against it, as Python code may rebind them.
from __static__ import Enum, IntEnum, StringEnum


class Color(Enum):
    RED = 1
    BLUE = 2


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Mode(StringEnum):
    READ = "r"


class Alias(IntEnum):
    LOW = Level.LOW


def describe(c: Color) -> str:
    return f"{c.name}:{c.value}"


def pick(flag: bool) -> Color:
    if flag:
        return Color.RED
    return Color.BLUE


def double(n: int) -> int:
    return n * 2


def shout(s: str) -> str:
    return s.upper() + "!"


def level_of(n: int) -> Level:
    return Level(n)


lvl: Level = Level.HIGH
n: int = Level.LOW
print(describe(Color.RED), describe(pick(False)), double(lvl), n, shout(Mode.READ))
print(level_of(2) is Level.HIGH, Alias.LOW == Level.LOW, Alias.LOW is Level.LOW, Alias(1))
fns = [describe]
print(fns[0](Color.BLUE))


class First(Enum):
    FOO = "FOO"


class Second(Enum):
    FOO = First.FOO


def first_value() -> int:
    return Level.HIGH.value


def member_name() -> str:
    return Color.RED.name + "/" + Second.FOO.value.name


print(first_value(), member_name(), Second.FOO.value is First.FOO)
