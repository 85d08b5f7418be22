# __hash__ and __eq__ let instances act as dict keys and set members.
import __static__


class Key:
    def __init__(self, s: str) -> None:
        self.s: str = s

    def __eq__(self, o: object) -> bool:
        if isinstance(o, Key):
            return o.s == self.s
        return False

    def __hash__(self) -> int:
        return hash(self.s)


d = {Key("a"): 1}
print(d[Key("a")], len(set([Key("x"), Key("x"), Key("y")])), Key("a") != Key("b"))
