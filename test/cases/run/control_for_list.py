# for over lists: element order, else, the loop variable after the loop.
words = ["alpha", "beta", "gamma"]
for w in words:
    print(w, len(w))
else:
    print("all words")
print("last:", w)
nested = [[1, 2], [3], []]
for row in nested:
    for x in row:
        print(x, end=" ")
    print("|")


def longest(xs: list) -> str:
    best = ""
    for s in xs:
        if len(s) > len(best):
            best = s
    return best


print(longest(words))
