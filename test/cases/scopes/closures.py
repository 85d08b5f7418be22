# Cells and free variables through several levels; a name passing through a middle function.
def outer(a, *args, b=1, **kw):
    x = 1
    def middle():
        def inner():
            return x + a + unknown
        return inner
    y = 2
    del y
    return middle

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

def shadow(x):
    def g(x):
        return x
    return g

def posonly(a, b, /, c, *, d):
    return lambda e=a: (b, c, d, e)
