import __static__
from __static__ import int64, box

SCALE = 10


def greet(name: str, greeting: str = "hello", *, punct: str = "!") -> str:
    return greeting + ", " + name + punct


def step(x: int64, by: int64 = 1, neg: int64 = -2) -> int64:
    return x + by + neg


def scaled(x: int, factor: int = SCALE) -> int:
    return x * factor


def needs_kw(a: int, *, b: int) -> int:
    return a - b


print(greet("ann"), greet("bob", "hi"), greet("cy", punct="?"), greet(greeting="yo", name="di"))
print(box(step(5)), box(step(5, 10)), box(step(5, neg=0)))
print(scaled(3), scaled(3, 2), needs_kw(5, b=3), needs_kw(b=1, a=2))
print(greet.__defaults__, greet.__kwdefaults__, step.__defaults__)
dyn = greet
print(dyn("eve"), dyn("fay", punct="."))
try_kw = needs_kw
print(try_kw(1, 2))
