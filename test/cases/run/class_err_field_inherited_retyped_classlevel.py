# Re-annotating an inherited field at class level with another type.
# expect-compile-error: 11:5: Cannot change type of inherited attribute (inherited type 'int')
import __static__


class A:
    x: int


class B(A):
    x: str
