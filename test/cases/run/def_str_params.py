# Functions with `str` parameters and results; str methods are ordinary Python calls.
def greet(name: str, punct: str) -> str:
    return "Hello, " + name + punct


def shout(s: str) -> str:
    return s.upper() + "!"


def count_char(s: str, c: str) -> int:
    n = 0
    for ch in s:
        if ch == c:
            n += 1
    return n


print(greet("Ada", "."))
print(shout("quiet"))
print(count_char("mississippi", "s"))
print(len(greet("", "")))
