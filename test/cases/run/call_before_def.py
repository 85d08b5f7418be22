# Calling a module function before its `def` has run is a NameError, even though the
# compiler knows the function statically.
print("start")
print(compute_twice(2))


def compute_twice(n: int) -> int:
    return n * 2
