# An Optional[str] field holds None or a str; static code narrows a local copy.
import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.name: Optional[str] = None

    def label(self) -> str:
        n = self.name
        if n is None:
            return "<none>"
        return n.upper()


c = C()
print(c.label())
c.name = "abc"
print(c.label())
c.name = None
print(c.label(), c.name)
