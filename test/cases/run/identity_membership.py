# `is`, `is not`, `in`, `not in` on objects.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(None is None, a is not None)
print(2 in a, 5 in a, 5 not in a)
print("ell" in "hello", "z" in "hello")
print([1, 2] in [[1, 2], [3]], 1 in [True])


def find(xs: list, v: int) -> bool:
    return v in xs


print(find(a, 3), find(a, 4))
x = None
if x is None:
    print("x is None")
