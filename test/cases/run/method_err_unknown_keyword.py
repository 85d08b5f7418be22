# expect-compile-error: 11:14: Given argument b does not exist in the definition of method_err_unknown_keyword.C.f
# A keyword that the method does not have is a compile error.
import __static__


class C:
    def f(self, a: int) -> int:
        return a


C().f(a=1, b=1)
