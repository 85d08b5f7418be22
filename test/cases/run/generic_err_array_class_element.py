# expect-compile-error: 9:9: Invalid Array element type: generic_err_array_class_element.C
import __static__
from __static__ import Array

class C:
    pass

def f() -> None:
    a = Array[C](3)
