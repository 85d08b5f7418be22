# A CheckedDict stored in a module global and updated from dynamic code: a bad value is a
# TypeError with Cinder's message, and the dict is unchanged.
import __static__
from __static__ import CheckedDict

ages = CheckedDict[str, int]()


def add(name: str, age: int) -> None:
    ages[name] = age


def bump(name: str) -> None:
    ages[name] += 1


add("ann", 30)
bump("ann")
print(ages, ages["ann"])
other: object = ages
other.update({"bob": 40})
print(len(ages))
other["carl"] = "old"
