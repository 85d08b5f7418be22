# Constructor arguments by keyword, in any order.
import __static__


class P:
    def __init__(self, x: int, y: int, label: str = "-") -> None:
        self.x: int = x
        self.y: int = y
        self.label: str = label


p = P(y=2, x=1)
q = P(3, label="q", y=4)
print(p.x, p.y, p.label, q.x, q.y, q.label)
