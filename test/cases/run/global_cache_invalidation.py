# dynamic
# Each global load site caches what it found, keyed on the versions of the globals and
# builtins dicts: rebinding, shadowing a builtin, deleting the shadow, and changing the
# builtins module are all seen by the next load.
import builtins

scale = 2


def fake_len(s):
    return 99


def other_len(s):
    return -1


def use() -> str:
    return f"{scale} {len('abc')}"


real_len = len
print(use())
scale = 3
print(use())
len = fake_len
print(use())
del len
print(use())
builtins.len = other_len
print(use())
builtins.len = real_len
print(use())
globals()["scale"] = "back"
print(use())
del scale
print(use())
