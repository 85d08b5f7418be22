# __str__ and __repr__ are used by print, str, repr and containers.
import __static__


class T:
    def __init__(self, name: str) -> None:
        self.name: str = name

    def __str__(self) -> str:
        return "T:" + self.name

    def __repr__(self) -> str:
        return "T(" + repr(self.name) + ")"


t = T("a")
print(t, str(t), repr(t), [t], f"{t!r} {t}")
