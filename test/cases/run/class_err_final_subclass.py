# expect-compile-error: 10:1: Class `class_err_final_subclass.D` cannot subclass a Final class: `class_err_final_subclass.C`
import __static__
from typing import final


@final
class C:
    pass

class D(C):
    pass
