# Unusual constants: an embedded NUL, escapes, an empty string, big and negative big int
# literals, subnormal and extreme floats.
s = "a\x00b"
print(len(s), repr(s), s[2])
print(repr("tab\there"), repr("quote\"s"), repr(''), len("\\"))
print(123456789012345678901234567890, -98765432109876543210, 0xFFFFFFFFFFFFFFFFFFFF)
print(5e-324, 1.7976931348623157e308, 1e-320, 0.1, 2.5e-5, 123456789.125)
long_text = "0123456789" * 50
print(len(long_text), long_text[495:])
