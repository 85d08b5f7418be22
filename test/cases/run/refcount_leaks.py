# Reference counting around calls: returning a parameter, rebinding a parameter, storing a
# parameter, loop variables, globals and dynamic calls must neither leak nor free early.
# sys.getrefcount deltas over 1000 repetitions are 0 in CPython.
import sys


def ident(x: list) -> list:
    return x


def rebind(x: list, y: list) -> int:
    x = y
    return len(x)


def store(x: list, box_: list) -> None:
    box_.append(x)
    box_.pop()


def loop_over(xs: list) -> int:
    n = 0
    for v in xs:
        n += len(v)
    return n


keep = None


def set_global(x: list) -> None:
    global keep
    keep = x
    keep = None


def through_dynamic(x: list) -> int:
    return len(x)


def measure(name: str, which: int) -> None:
    obj = [1, 2]
    other = [3]
    holder = []
    fns = [through_dynamic]
    before = sys.getrefcount(obj)
    for i in range(1000):
        if which == 0:
            ident(obj)
        elif which == 1:
            rebind(obj, other)
            rebind(other, obj)
        elif which == 2:
            store(obj, holder)
        elif which == 3:
            loop_over([obj, obj])
        elif which == 4:
            set_global(obj)
        else:
            fns[0](obj)
    print(name, sys.getrefcount(obj) - before, obj)


names = ["ident", "rebind", "store", "loop", "global", "dynamic"]
for k in range(len(names)):
    measure(names[k], k)
