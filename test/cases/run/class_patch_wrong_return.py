# A function patched onto the class returning the wrong type: the static caller's CAST fails.
# cinder-stdout:
# abc
# cinder-error: TypeError: expected 'str', got 'int'
import __static__


class C:
    def name(self) -> str:
        return "abc"


def upper_len(c: C) -> int:
    s = c.name()
    print(s)
    return len(s)


c = C()
upper_len(c)
exec("C.name = lambda self: 42", {"C": C})
upper_len(c)
