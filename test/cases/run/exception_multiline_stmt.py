# An exception raised in the second line of a statement that spans lines: CPython 3.11's
# traceback names the line of the failing expression.
# check-traceback
def pair(a: int, b: int) -> int:
    return a + b


xs = [1, 2]
total = pair(xs[0],
             xs[7])
print(total)
