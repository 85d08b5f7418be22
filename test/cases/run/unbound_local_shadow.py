# dynamic
# A local assigned later in the function shadows the global of the same name from the start.
value = 5


def f() -> int:
    r = value + 1
    value = 2
    return r


print(value)
print(f())
