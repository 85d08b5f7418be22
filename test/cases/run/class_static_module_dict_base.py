# A class in a static module with a builtin base (dict) is an ordinary class.
import __static__


class Registry(dict):
    def register(self, k: str, v: int) -> None:
        self[k] = v

    def total(self) -> int:
        return sum(self.values())


r = Registry()
r.register("a", 1)
r.register("b", 2)
r.note = "has __dict__"
print(r.total(), sorted(r), r.note, isinstance(r, dict))
