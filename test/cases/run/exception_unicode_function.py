# Traceback frames name functions with non-ASCII identifiers correctly.
# check-traceback
def grüße(n: int) -> int:
    return 10 // n


def 関数(n: int) -> int:
    return grüße(n - 1)


print(関数(3))
print(関数(1))
