# Binding statements: imports (dotted and star), del, try/except names, with targets,
# for targets, augmented assignment, annotations without values.
import os.path
import a.b.c as abc
from collections import OrderedDict as OD, deque
from json import *

def f(path):
    import sys
    from os import sep
    with open(path) as fh, open(path) as (g, h):
        data = fh.read()
    for i, (j, *k) in enumerate(data):
        pass
    else:
        done = True
    try:
        pass
    except (ValueError, TypeError) as err:
        print(err)
    else:
        ok = 1
    finally:
        cleanup = 1
    try:
        pass
    except* OSError as eg:
        pass
    count = 0
    count += 1
    del data
    annotated: int
    (paren): int = 1
    obj.attr: int = 2
    obj.attr = 3
    items[0] = 4
    return sys, sep
