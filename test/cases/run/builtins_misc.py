# len, str, abs, min, max, int, bool, repr, chr, ord on various arguments.
print(len("hello"), len([1, 2]), len(""), len([[]]))
print(str(5), str(-2.5), str([1, 2]), str("s"), str(None))
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-(2 ** 80)))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"), min(1.5, 2))
print(max(-1, -2), min("b", "a"), max([0]))
print(int("42") + 1, int(3.99), bool(0), bool("x"), repr("q"), chr(65), ord("a"))
print(sum([1, 2, 3]), sorted([3, 1, 2]), list(reversed([1, 2])))
