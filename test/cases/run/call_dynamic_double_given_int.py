# A dynamic caller passing an int to a `double` parameter. Cinder's CHECK_ARGS checks a
# double parameter against `float` exactly as an object check (interpreter.c
# _Ci_CheckArgs: type = &PyFloat_Type, then _PyObject_TypeCheckOptional), so an int is
# refused. The twin does not check, and CPython would print 1.5.
import __static__
from __static__ import double


def half(x: double) -> double:
    return x / 2.0


fns = [half]
print(fns[0](5.0))
print(fns[0](3))
# cinder-stdout:
# 2.5
# cinder-error: TypeError: half expected 'float' for argument x, got 'int'
