# str operations: concatenation, repetition, comparison, membership, indexing, methods.
s = "abc"
t = "xyz"
print(s + t, s * 3, 2 * t, s * 0 == "")
print(s < t, s == "abc", s != t, "b" in s, "q" not in s)
print(s[0], s[-1], len(s + t))
print("-".join(["a", "b", "c"]), "a,b".split(","), " pad ".strip())
print("Hello".lower(), "hello".replace("l", "L"), "x".isalpha())
print(str(123) + str(4.5) + str(None) + str(True))
