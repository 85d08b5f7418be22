# `bool` parameters and results.
def xor(a: bool, b: bool) -> bool:
    return a != b


def pick(flag: bool, yes: str, no: str) -> str:
    if flag:
        return yes
    return no


def is_even(n: int) -> bool:
    return n % 2 == 0


print(xor(True, False), xor(True, True), xor(False, False))
print(pick(True, "y", "n"), pick(False, "y", "n"))
print(is_even(10), is_even(7))
print(pick(is_even(4), "even", "odd"))
