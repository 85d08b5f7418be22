[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[(x, y) for x, y in z]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x for x in (y for y in z)]
[[x for x in row] for row in matrix]
[y := f(x) for x in data]
[x for x in range(10) if (y := x)]
[x for x, in y]
{k: [v for v in vs] for k, vs in d}
