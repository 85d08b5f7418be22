# repr() escapes what CPython 3.11's Unicode 14 tables call non-printable, even where newer
# tables (the JS engine's) assign a printable character: U+2FFC (15.1) and U+31350 (15.0).
a = "\u2ffc \U0001f6dd \U00031350 \u0378 \u00ad \u2028"
