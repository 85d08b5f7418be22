# A Final str constant is usable as a str in static code and visible to dynamic code.
import __static__
from typing import Final

PREFIX: Final = "id-"


def tag(n: int) -> str:
    return PREFIX + str(n)


print(tag(7), PREFIX.upper())
exec("print(PREFIX * 2)", {"PREFIX": PREFIX})
