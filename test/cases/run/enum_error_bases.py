# Cinder refuses other bases next to an enum base, and subclasses of an enum.
from __static__ import Enum, IntEnum, StringEnum


class Mixed(int, Enum):
    pass


class MixedInt(str, IntEnum):
    pass


class MixedStr(StringEnum, object):
    pass


class Color(Enum):
    RED = 1


class Level(IntEnum):
    LOW = 1


class Name(StringEnum):
    A = "a"


class MoreColor(Color):
    pass


class MoreLevel(Level):
    pass


class MoreName(Name):
    pass
# expect-compile-error: 5:1: Static Enum types cannot support multiple bases: [<Type[int] class>, <Type[__static__.Enum] class>]
# expect-compile-error: 9:1: Static IntEnum types cannot support multiple bases: [<Type[str] class>, <Type[__static__.IntEnum] class>]
# expect-compile-error: 13:1: Static StringEnum types cannot support multiple bases: [<Type[__static__.StringEnum] class>, <Type[object] class>]
# expect-compile-error: 29:1: Static Enum types do not allow subclassing
# expect-compile-error: 33:1: Static IntEnum types do not allow subclassing
# expect-compile-error: 37:1: Static StringEnum types do not allow subclassing
