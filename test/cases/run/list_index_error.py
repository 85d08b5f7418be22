# Reading past the end of a list raises IndexError.
def get(ys: list, i: int) -> int:
    return ys[i]


xs = [1, 2, 3]
print(get(xs, 2))
print(get(xs, -3))
print(get(xs, 3))
