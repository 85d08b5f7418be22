# dynamic
# A loop variable of a loop that never ran is unbound after it.
def last(xs: list) -> int:
    for x in xs:
        pass
    return x


print(last([1, 2, 3]))
print(last([]))
