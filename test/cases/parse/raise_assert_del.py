raise
raise E
raise E("msg")
raise E from None
assert x
assert x, "message"
assert (x, y)
del x
del x, y
del x.attr, y[0]
del (a, b), [c]
del (a)
del x,
