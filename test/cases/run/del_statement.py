g = 1
del g
x = [1, 2, 3]
del x[0]
print(x)


def f():
    v = 5
    del v
    return v


f()
