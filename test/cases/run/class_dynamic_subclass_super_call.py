# A dynamic override that calls the static base method through super().
import __static__


class Base:
    def greet(self, who: str) -> str:
        return "hello " + who


def run(b: Base) -> str:
    return b.greet("you")


g = {"Base": Base}
exec("class Dyn(Base):\n    def greet(self, who):\n        return super().greet(who).upper() + '!'\n", g)
print(run(g["Dyn"]()), run(Base()))
