# Python code rebinding an enum member: a static read of it is CAST to the enum class
# (the twin does not check).
from __static__ import Enum


class Color(Enum):
    RED = 1


def red() -> Color:
    return Color.RED


print(red())
setattr(Color, "RED", 5)
print(red())
# cinder-stdout:
# Color.RED
# cinder-error: TypeError: expected 'Color', got 'int'
