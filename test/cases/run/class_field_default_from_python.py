# Python code sees a field with a class default like any typed field: the default until
# set, and stores are checked.
# cinder-stdout:
# 1 1
# 2 1
# cinder-error: TypeError: expected 'int', got 'str' for attribute 'x'
import __static__


class C:
    x: int = 1


g = {"C": C, "c": C()}
exec("print(c.x, C.x)", g)
exec("c.x = 2; print(c.x, C.x)", g)
exec("c.x = 'A'", g)
