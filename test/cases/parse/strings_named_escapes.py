x = "\N{BULLET} \N{latin small letter a} \N{CJK UNIFIED IDEOGRAPH-4E00} \N{HANGUL SYLLABLE GAG}"
y = f"{x}\N{EN DASH}{{"
z = b"\N{BULLET}"
w = r"\N{BULLET}"
