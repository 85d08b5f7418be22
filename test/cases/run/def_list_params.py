# `list` parameters and results: mutation through the parameter is visible to the caller.
def total(xs: list) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def push_twice(xs: list, v: int) -> list:
    xs.append(v)
    xs.append(v)
    return xs


def first(xs: list[int]) -> int:
    return xs[0]


nums = [1, 2, 3, 4]
print(total(nums))
out = push_twice(nums, 9)
print(out, nums, out is nums)
print(first([42, 1]))
print(total([]))
