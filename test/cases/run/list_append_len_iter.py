# Growing a list with append, len, iterating, and list() of a range.
def squares(n: int) -> list:
    out = []
    for i in range(n):
        out.append(i * i)
    return out


sq = squares(6)
print(sq, len(sq))
total = 0
for v in sq:
    total += v
print(total)
big = []
i = 0
while i < 1000:
    big.append(i)
    i += 1
print(len(big), big[999], big[-1000])
print(list(range(3)), list("abc"))
nested = []
nested.append(nested)
print(len(nested), nested)
