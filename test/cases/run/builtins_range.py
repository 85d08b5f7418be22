# range with one, two and three arguments, negative steps and empty ranges.
print(list(range(5)))
print(list(range(2, 6)))
print(list(range(0, 10, 3)))
print(list(range(10, 0, -3)))
print(list(range(-3)), list(range(5, 2)), list(range(5, 2, -1)))
print(len(range(0, 100, 7)), range(4)[-1])


def sum_range(a: int, b: int, step: int) -> int:
    t = 0
    for i in range(a, b, step):
        t += i
    return t


print(sum_range(0, 10, 1), sum_range(10, -10, -4), sum_range(1, 1, 1))
