# dynamic
# Unbounded recursion in a non-static module raises RecursionError.
def down(n):
    return down(n + 1) + 1


print("start")
print(down(0))
