# A dynamic operation on incompatible types raises TypeError with CPython's message.
# check-traceback
def add(a: object, b: object) -> object:
    return a + b


print(add(1, 2))
print(add("a", "b"))
print(add(1, "b"))
