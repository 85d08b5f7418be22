# A double compares with a float literal, not an int one (Cinder: test_double_compare_with_integer_literal).
# expect-compile-error: 9:9: can't compare double to Literal[3]
import __static__
from __static__ import double


def f() -> None:
    d: double = 1.0
    c = d < 3
