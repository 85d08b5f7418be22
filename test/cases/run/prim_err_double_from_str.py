# double(x) of a str (T/lint).
# expect-compile-error: 8:9: type mismatch: double cannot be created from str
import __static__
from __static__ import double


def f() -> None:
    x = double("a")
