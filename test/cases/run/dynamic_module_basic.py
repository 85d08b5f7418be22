# dynamic
# Without `import __static__` (and compiled without --static) annotations are not enforced:
# a function annotated `int` happily takes a str, as in CPython.
def twice(x: int) -> int:
    return x * 2


def join(a, b):
    return a + b


print(twice(21), twice("ab"), twice([1]))
print(join(1, 2), join("a", "b"), join([1], [2]))
total = 0
for i in range(4):
    total += i
print(total)
