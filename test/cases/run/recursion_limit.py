# Unbounded recursion raises RecursionError (CPython's limit is 1000 frames) instead of
# overflowing the machine stack.
def down(n: int) -> int:
    return down(n + 1) + 1


print("start")
print(down(0))
