x = 1
a = b = c = 2
a, b = b, a
(a, b), [c, *d] = 1, (2, 3, 4)
*rest, last = range(5)
x.attr = obj[0] = obj[1:2] = 3
x[1, 2] = y[...] = 0
(x) = ((y)) = 4
a, = 1,
[] = ()
f().x = g()[0] = 5
x = y == z
x = yield_ = 1
