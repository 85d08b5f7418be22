# expect-compile-error: 11:5: Cannot assign to a Final variable
# expect-compile-error: 15:5: Cannot assign to a Final attribute of final_err_class_attribute_reassign.D:x
# expect-compile-error: 19:5: Cannot assign to a Final attribute of final_err_class_attribute_reassign.E:x
# expect-compile-error: 22:1: Cannot assign to a Final attribute of final_err_class_attribute_reassign.C:x
# expect-compile-error: 23:1: Cannot assign to classvar 'x' on 'final_err_class_attribute_reassign.C' instance
import __static__
from typing import Final

class C:
    x: Final[int] = 3
    x = 4


class D(C):
    x = 4


class E(C):
    x: Final[int] = 5


C.x = 4
C().x = 4
