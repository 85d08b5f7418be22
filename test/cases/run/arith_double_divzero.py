# double division by zero is IEEE arithmetic in Static Python: inf, -inf or nan, no
# ZeroDivisionError (Cinder: T/binop::test_double_binop, `1.732 / 0.0 == inf`). The twin's
# double is a float subclass, so CPython raises ZeroDivisionError; expected output is Cinder's.
import __static__
from __static__ import double, box


def div(a: double, b: double) -> double:
    return a / b


print(box(div(1.0, 4.0)))
print(box(div(1.732, 0.0)))
print(box(div(-1.0, 0.0)))
print(box(div(0.0, 0.0)))
print("done")
# cinder-stdout:
# 0.25
# inf
# -inf
# nan
# done
# cinder-error: none
