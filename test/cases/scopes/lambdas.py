# Lambdas: defaults evaluated outside, parameters inside, closures over enclosing locals.
base = 10
add = lambda a, b=base: a + b + base

def make(k):
    return lambda x, *rest, y=k, **kw: lambda: x + k + y

key = sorted([], key=lambda item: item[0])
d = {(lambda: 1): (lambda: 2)}
