# cast(Optional[C], v) lets None through and refuses other types.
# cinder-error: TypeError: expected 'C', got 'int'
import __static__
from __static__ import cast
from typing import Optional


class C:
    pass


def f(o: object) -> Optional[C]:
    return cast(Optional[C], o)


print(f(None), type(f(C())).__name__)
f(5)
