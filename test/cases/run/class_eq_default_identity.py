# Without __eq__, instances compare by identity; with it, by value; != follows __eq__.
import __static__


class Plain:
    pass


class Val:
    def __init__(self, v: int) -> None:
        self.v: int = v

    def __eq__(self, o: object) -> bool:
        return isinstance(o, Val) and o.v == self.v


p = Plain()
print(p == p, Plain() == Plain(), Val(1) == Val(1), Val(1) != Val(2), Val(1) == 1)
print(Val(3) in [Val(1), Val(3)])
