# Assignment expressions: in a comprehension the target binds in the enclosing function
# (or module); `global` in that function carries over.
if (n := 10) > 5:
    pass

total = [last := v for v in range(3)]

def f(data):
    if any((hit := d) > 2 for d in data):
        return hit
    return [[(inner := i * j) for j in data] for i in data], inner

def g(data):
    global gl
    return [gl := d for d in data]

def h():
    return lambda: (z := 1)
