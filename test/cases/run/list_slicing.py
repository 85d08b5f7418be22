# List (and str) slicing with every combination of start, stop and step.
xs = [0, 1, 2, 3, 4, 5, 6, 7]
print(xs[2:5], xs[:3], xs[5:], xs[:], xs[-3:])
print(xs[::2], xs[1::3], xs[::-1], xs[6:1:-2], xs[-2:-6:-1])
print(xs[10:], xs[3:3], xs[5:2])
s = "hello world"
print(s[:5], s[6:], s[::-1])


def window(ys: list, i: int, n: int) -> list:
    return ys[i:i + n]


print(window(xs, 2, 3))
copy = xs[:]
copy.append(8)
print(len(xs), len(copy))
