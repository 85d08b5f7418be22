# An exception on a line with non-ASCII text before the failing expression.
# check-traceback
def f(s: str) -> int:
    t = "ñññ" + s
    return len(t) // (len(s) - 3)


print(f("abcd"))
print(f("äöü"))
