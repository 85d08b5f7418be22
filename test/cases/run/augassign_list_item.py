# Augmented assignment on list items, including negative indexes; the index expression is
# evaluated once.
xs = [1, 2, 3, 4]
xs[0] += 10
xs[-1] *= 5
xs[1] -= 2
print(xs)


def idx(i: int) -> int:
    print("index", i)
    return i


xs[idx(2)] += 100
print(xs)


def bump_all(ys: list) -> None:
    for i in range(len(ys)):
        ys[i] += i


bump_all(xs)
print(xs)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
