# A `list` parameter given a str from dynamic code.
import __static__


def size(xs: list) -> int:
    return len(xs)


fns = [size]
print(fns[0]([1, 2, 3]))
print(fns[0]("abc"))
# cinder-stdout:
# 3
# cinder-error: TypeError: size expected 'list' for argument xs, got 'str'
