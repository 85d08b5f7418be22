# A class-typed parameter accepts subclasses from Python and refuses other classes.
# cinder-stdout:
# A B
# take expected 'A' for argument a, got 'Other'
# cinder-error: none
import __static__


class A:
    def name(self) -> str:
        return "A"


class B(A):
    def name(self) -> str:
        return "B"


class Other:
    pass


class User:
    def take(self, a: A) -> str:
        return a.name()


g = {"A": A, "B": B, "Other": Other, "User": User}
exec("u = User()\nprint(u.take(A()), u.take(B()))", g)
exec("try:\n    u.take(Other())\nexcept TypeError as e:\n    print(e)", g)
