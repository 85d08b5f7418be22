# Non-ASCII string literals: printing, len counts code points, indexing, case mapping, and
# identifiers outside ASCII.
s = "héllo wörld"
print(s, len(s), s[1], s.upper())
e = "😀 emoji 🎉"
print(e, len(e), e[0], e[-1])
cjk = "中文字符"
print(cjk, len(cjk), cjk[1], cjk[::-1])
print("\u00e9" == "é", "\u03b1", "\x41\t|", "\U0001F600")
café = 3
print(café * 2)


def tag(s: str) -> str:
    return "«" + s + "»"


print(tag("ünïcödé"), ord("€"), chr(0x1F600))
print("straße".upper(), "İ".lower(), len("İ".lower()))
