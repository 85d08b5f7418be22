# isinstance, issubclass, type() and __mro__ across a static hierarchy.
import __static__


class A:
    pass


class B(A):
    pass


class C(B):
    pass


c = C()
print(isinstance(c, A), isinstance(A(), B), issubclass(C, A), issubclass(A, C))
print(type(c) is C, type(c) is B, [k.__name__ for k in C.__mro__])
print(C.__bases__[0] is B, B.__base__ is A)
