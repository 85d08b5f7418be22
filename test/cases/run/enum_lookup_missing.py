# Looking an enum member up by a value no member has.
from __static__ import IntEnum


class Level(IntEnum):
    LOW = 1


print(Level(1))
print(Level(3))
