# A final class in the middle of a hierarchy cannot be subclassed.
# expect-compile-error: 16:1: Class `class_err_final_subclass_of_subclass.C` cannot subclass a Final class: `class_err_final_subclass_of_subclass.B`
import __static__
from typing import final


class A:
    pass


@final
class B(A):
    pass


class C(B):
    pass
