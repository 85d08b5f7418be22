f = lambda: 0
f = lambda x: x
f = lambda x, y=1, *a, z, w=2, **k: (x, y)
f = lambda a, /, b, *, c: 0
f = lambda *, k=1: k
f = lambda *a: a
f = lambda x=lambda y: y: x
