# Static enums (static_python.md §4.5): Cinder's own Enum/IntEnum/StringEnum, not the standard
# library's: members made by the class statement, lookup by value, str/repr, iteration.
from __static__ import Enum, IntEnum, StringEnum


class Color(Enum):
    RED = 1
    GREEN = "g"

    def describe(self) -> str:
        return f"{self.name}={self.value}"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Name(StringEnum):
    A = "a"
    B = "b"


class Same(Enum):
    ONE = 1
    UNO = 1
    TWO = 2


def takes_int(x: int) -> str:
    return f"{x} is an int"


def takes_str(s: str) -> str:
    return f"{s} is a str"


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.GREEN.describe())
print([str(c) for c in Color], len(Color), Color["GREEN"] is Color.GREEN)
print(Color(1) is Color.RED, Color("g"), Color(Color.RED) is Color.RED)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED == Color.GREEN)
print(Level.LOW == 1, Level.HIGH + 1, takes_int(Level.HIGH), Level(2), repr(Level.LOW), isinstance(Level.LOW, int))
print(Name.A == "a", Name.B.upper(), f"{Name.A}", str(Name.B), Name("b") is Name.B, repr(Name.A), takes_str(Name.A))
# Members whose values repeat compare (and hash) by value.
print(Same.ONE == Same.UNO, Same.ONE == 1, Same.ONE == Same.TWO, Same(1) is Same.UNO, hash(Same.ONE) == hash(1))
print(type(Color.RED).__name__, [m.name for m in Level], dict(Name.__members__).keys())
