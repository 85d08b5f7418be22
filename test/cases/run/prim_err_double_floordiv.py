# double has no //.
# expect-compile-error: 9:9: cannot divide double and double
import __static__
from __static__ import double


def f() -> None:
    d: double = 1.0
    e = d // d
