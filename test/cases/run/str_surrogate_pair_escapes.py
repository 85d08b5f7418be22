# A surrogate pair written as escapes is two code points, not the astral character (and is
# not merged with the constant for it). Lone surrogates cannot be printed: print reprs.
pair = "\ud800\udc80"
astral = "\U00010080"
print(len(pair), len(astral), pair == astral)
print([hex(ord(c)) for c in pair], [hex(ord(c)) for c in astral])
print(repr(pair), ascii(astral), repr("\ud800" "\udc80"))
