# range() with a zero step raises ValueError.
print(list(range(1, 5, 2)))
r = range(1, 5, 0)
print("not reached")
