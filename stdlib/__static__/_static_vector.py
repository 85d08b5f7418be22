"""``Vector[T]`` for stock CPython: Cinder's resizable array of primitives, an ``array.array``
subclass with T's typecode, as the builtin ``__static__`` of compiled programs
(runtime-support/static_vector.c)::

    >>> v = Vector[int64](); v.append(3); v
    Vector[int64]('q', [3])
    >>> Vector[int8](2), v[0:1]
    (Vector[int8]('b', [0, 0]), Vector[int64]('q', [3]))

Everything but construction, slicing and ``copy.deepcopy`` (which keep the type) is
``array.array``'s own, with its messages.
"""

from __future__ import annotations

import array

from ._checked import check_positional, instantiate, refuse_subclass

# Element type codes (static_python.md §3.1) -> array.array typecodes.
_TYPECODES = {1: "b", 0: "B", 3: "h", 2: "H", 5: "i", 4: "I", 7: "q", 6: "Q", 9: "d"}


def _validate(params) -> None:
    (param,) = params
    if param.optional or param.code not in _TYPECODES:
        raise TypeError(f"Invalid Vector element type: {param.name}")


class Vector(array.array):
    """``Vector[int64]()``, ``Vector[int64](n)`` (n zeros) or ``Vector[int64](iterable)``."""

    __slots__ = ()
    __module__ = "__static__"
    _params: tuple | None = None
    _instances: dict = {}

    def __class_getitem__(cls, params):
        return instantiate(cls, Vector, "__static__.Vector[T]", 1, params, _validate)

    def __init_subclass__(cls, _specialising=False, **kwargs):
        refuse_subclass(cls, _specialising)
        super().__init_subclass__(**kwargs)

    def __new__(cls, *args, **kwargs):
        if cls._params is None:
            raise TypeError("cannot create '__static__.Vector[T]' instances")
        if kwargs:
            raise TypeError("Vector() takes no keyword arguments")
        check_positional("Vector", args, 0, 1)
        typecode = _TYPECODES[cls._params[0].code]
        if not args:
            return super().__new__(cls, typecode)
        init = args[0]
        if isinstance(init, int):
            # As Cinder's `array(typecode, [0]) * n`: a negative size gives no elements.
            return super().__new__(cls, typecode, bytes(max(init, 0) * array.array(typecode).itemsize))
        return super().__new__(cls, typecode, init)

    def __getitem__(self, item):
        r = super().__getitem__(item)
        return type(self)(r) if isinstance(item, slice) else r

    def __deepcopy__(self, memo):
        return type(self)(self)
