# List displays and indexing, positive and negative, nested; item assignment.
xs = [10, 20, 30, 40]
print(xs, xs[0], xs[3], xs[-1], xs[-4])
empty = []
print(empty, len(empty))
mixed = [1, "two", 3.0, None, True, [5]]
print(mixed, mixed[5][0])
xs[1] = 99
xs[-2] = "x"
print(xs)


def get(ys: list, i: int) -> int:
    return ys[i]


print(get([7, 8, 9], -2))
print(["quote's", "a\nb"])
