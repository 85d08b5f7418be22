# Recursion 900 levels deep stays within CPython's default limit of 1000 frames.
def count(n: int) -> int:
    if n == 0:
        return 0
    return 1 + count(n - 1)


print(count(900))
