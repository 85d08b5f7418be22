# Keyword arguments to static functions are mapped to positions at compile time, but are
# still evaluated left to right as written.
import __static__
from __static__ import int64, box


def describe(name: str, age: int, city: str) -> str:
    return name + " (" + str(age) + ") from " + city


def diff(a: int64, b: int64) -> int64:
    return a - b


def trace(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def sub(x: int, y: int) -> int:
    return x - y


print(describe("Ann", 31, "Oslo"))
print(describe(city="Lima", name="Bo", age=7))
print(describe("Cy", city="Rome", age=40))
print(box(diff(b=10, a=3)))
print(sub(y=trace("y", 1), x=trace("x", 10)))
