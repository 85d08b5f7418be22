# Python may store None or a str into an Optional[str] field, nothing else.
# cinder-stdout:
# None
# x
# expected 'str', got 'int' for attribute 'name'
import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.name: Optional[str] = "a"


c = C()
g = {"c": c}
exec("c.name = None\nprint(c.name)\nc.name = 'x'\nprint(c.name)", g)
exec("try:\n    c.name = 5\nexcept TypeError as e:\n    print(e)", g)
