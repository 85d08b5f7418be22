# expect-compile-error: 8:12: cast requires two parameters: type and value
# cast needs a type and a value.
import __static__
from __static__ import cast


def f(o: object) -> int:
    return cast(int)
