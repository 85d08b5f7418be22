# Everything else a Vector has is array.array's, called through Python: pop, extend,
# insert, remove, del, tolist, comparison, iteration from dynamic code, copies.
import copy
import __static__
from __static__ import Vector, box, int64


def make() -> Vector[int64]:
    v = Vector[int64]()
    v.append(5)
    v.append(6)
    v.extend([7, 8])
    v.insert(0, 4)
    return v


v = make()
print(v, box(v[0]), v.pop(), v.pop(0))
del v[0]
v.remove(7)
print(v, v.tolist(), list(v), [x * 2 for x in list(v)], 6 in v)
print(v == [6], v == Vector[int64]([6]), copy.deepcopy(v), type(copy.copy(v)).__name__)
print(v.index(6), v.count(6), v.itemsize, v.typecode)
