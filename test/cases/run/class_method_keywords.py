# Keyword arguments in any order; arguments are still evaluated left to right.
import __static__


def note(s: str) -> str:
    print("eval", s)
    return s


class J:
    def join(self, a: str, b: str, c: str = "C") -> str:
        return a + b + c


j = J()
print(j.join(c=note("3"), a=note("1"), b=note("2")))
print(j.join("x", c="z", b="y"))
