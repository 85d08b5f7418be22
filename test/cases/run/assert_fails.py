def positive(n):
    assert n > 0, "not positive: " + str(n)
    return n


print(positive(2))
print(positive(-2))
