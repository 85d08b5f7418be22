# \N{name} escapes in string literals.
print("\N{GREEK SMALL LETTER ALPHA}", "\N{EURO SIGN}", len("\N{SNOWMAN}x"))
