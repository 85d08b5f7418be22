# A failed cast is a TypeError; the twin words it without quotes.
# cinder-error: TypeError: expected 'C', got 'str'
import __static__
from __static__ import cast


class C:
    pass


def use(o: object) -> C:
    return cast(C, o)


print(type(use(C())).__name__)
use("x")
