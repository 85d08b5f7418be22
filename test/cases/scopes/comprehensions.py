# Comprehension scopes (.0 parameter, iteration variables), nested comprehensions and
# generator expressions, in functions and in class bodies.
xs = [1, 2]
squares = [x * x for x in xs if x]
pairs = {(a, b) for a in xs for b in range(a) if b}
table = {k: v for k, v in zip(xs, xs)}
gen = (y for y in xs)
nested = [[i + j for j in range(i)] for i in xs]

class K:
    ys = [1, 2]
    zs = [y for y in ys]
    ws = [y + z for y in ys for z in ys]
    vs = (n for n in range(len(ys)))

def f(limit):
    return [[x for x in range(limit) if x < limit] for _ in range(limit)]

def async_gen():
    return (await x async for x in aiter())
