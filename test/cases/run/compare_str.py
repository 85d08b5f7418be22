# String comparisons are lexicographic by code point.
def cmp(a: str, b: str) -> None:
    print(a < b, a == b, a > b, a != b)


cmp("apple", "banana")
cmp("abc", "abc")
cmp("abc", "ab")
cmp("Z", "a")
cmp("", "a")
cmp("é", "z")
