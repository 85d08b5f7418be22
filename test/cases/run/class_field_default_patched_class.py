# Replacing a class default from Python with a value of the wrong type: static reads of
# unset slots check what they find.
# cinder-stdout:
# 1
# 5
# cinder-error: TypeError: unexpected return type from C.x, expected int, got str
import __static__


class C:
    x: int = 1


def read(c: C) -> int:
    return c.x


c = C()
print(read(c))
exec("C.x = 5", {"C": C})
print(read(c))
exec("C.x = 'A'", {"C": C})
print(read(c))
