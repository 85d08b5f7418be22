# A surrogate pair written as escapes is two code points, not the astral character.
a = "\ud800\udc80"
b = "\U00010080"
c = "x\udbff\udfffy" "\ud83d\ude00"
d = "\ud800" "\udc80"
e = "\ud800" f"\udc80{a}\ud800" "\udc80"
f = f"{a:\ud800\udc80}"
g = "\ud800\udc80" + "\udc80\ud800"
h = "\N{LINEAR B SYLLABLE B008 A}\ud800\udc00"
