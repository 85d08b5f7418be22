# staticmethod, classmethod and property on a static class: class attributes used through
# Python's descriptors (not the vtable); their bodies are compiled.
import __static__
from __static__ import int64, box


class Temp:
    scale = "C"

    def __init__(self, deg: int64) -> None:
        self.deg: int64 = deg

    @staticmethod
    def freezing() -> int:
        return 0

    @classmethod
    def unit(cls) -> str:
        return cls.scale + "!"

    @property
    def kelvin(self) -> int:
        return box(self.deg) + 273

    def describe(self) -> str:
        return str(self.kelvin) + Temp.unit() + str(Temp.freezing()) + self.unit()


t = Temp(25)
print(t.kelvin, Temp.freezing(), t.freezing(), Temp.unit(), t.describe())
print(type(Temp.__dict__["freezing"]).__name__, type(Temp.__dict__["kelvin"]).__name__)
