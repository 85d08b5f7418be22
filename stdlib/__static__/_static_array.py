"""``Array[T]`` for stock CPython: a fixed-size array of primitives that behaves as the builtin
``__static__`` of compiled programs (runtime-support/static_array.c)::

    >>> a = Array[int8](3); a[0] = 5; a
    Array[int8]([5, 0, 0])
    >>> a[1] = 300
    OverflowError: int overflow

Elements live in a Python list here; stores check and convert them as Static Python's
unboxing does ("expected 'int', got 'str'", "int overflow"); slicing is a TypeError.
"""

from __future__ import annotations

import operator

from ._checked import check_positional, instantiate, refuse_subclass

# Array element type codes (static_python.md §3.1) -> (kind, min, max) for integers.
_INT_RANGES = {
    1: (-(1 << 7), (1 << 7) - 1), 0: (0, (1 << 8) - 1),
    3: (-(1 << 15), (1 << 15) - 1), 2: (0, (1 << 16) - 1),
    5: (-(1 << 31), (1 << 31) - 1), 4: (0, (1 << 32) - 1),
    7: (-(1 << 63), (1 << 63) - 1), 6: (0, (1 << 64) - 1),
}
_DOUBLE, _BOOL = 9, 0xC
_SSIZE_MAX = (1 << 63) - 1


def _validate(params) -> None:
    (param,) = params
    if param.optional or (param.code not in _INT_RANGES and param.code not in (_DOUBLE, _BOOL)):
        raise TypeError(f"Invalid Array element type: {param.name}")


def _unbox(code: int, value):
    if code == _DOUBLE:
        if isinstance(value, float):
            return float(value)
        if isinstance(value, int):
            return float(value)  # OverflowError "int too large to convert to float"
        raise TypeError(f"expected 'float', got '{type(value).__name__}'")
    if code == _BOOL:
        if isinstance(value, bool):
            return value
        raise TypeError(f"expected 'bool', got '{type(value).__name__}'")
    if not isinstance(value, int):
        raise TypeError(f"expected 'int', got '{type(value).__name__}'")
    low, high = _INT_RANGES[code]
    if not low <= value <= high:
        raise OverflowError("int overflow")
    return int(value)


class Array:
    """``Array[int64](n)``: n zero-filled primitives of the element type."""

    __slots__ = ("_items",)
    __module__ = "__static__"
    _params: tuple | None = None
    _instances: dict = {}

    def __class_getitem__(cls, params):
        return instantiate(cls, Array, "__static__.Array[T]", 1, params, _validate)

    def __init_subclass__(cls, _specialising=False, **kwargs):
        refuse_subclass(cls, _specialising)
        super().__init_subclass__(**kwargs)

    def __new__(cls, *args, **kwargs):
        if cls._params is None:
            raise TypeError("cannot create '__static__.Array[T]' instances")
        if kwargs:
            raise TypeError("Array() takes no keyword arguments")
        check_positional("Array", args, 1, 1)
        length = args[0]
        iterable = hasattr(length, "__iter__") or hasattr(length, "__getitem__")
        if not isinstance(length, (int, str, bytes)) and iterable:
            items = list(length)
            self = cls(len(items))
            for i, v in enumerate(items):
                self[i] = v
            return self
        if not isinstance(length, int):
            raise TypeError("an integer is required")
        if length < 0:
            raise OverflowError("can't convert negative value to size_t")
        code = cls._params[0].code
        zero = 0.0 if code == _DOUBLE else False if code == _BOOL else 0
        self = object.__new__(cls)
        self._items = [zero] * length
        return self

    def _index(self, item) -> int:
        if hasattr(type(item), "__index__"):
            i = operator.index(item)
            if not -_SSIZE_MAX - 1 <= i <= _SSIZE_MAX:
                raise IndexError(f"cannot fit '{type(item).__name__}' into an index-sized integer")
            n = len(self._items)
            if i < 0:
                i += n
            if not 0 <= i < n:
                raise IndexError("array index out of range")
            return i
        if isinstance(item, slice):
            raise TypeError("Static arrays cannot be sliced")
        raise TypeError(f"array indices must be integers, not {type(item).__name__}")

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __getitem__(self, item):
        return self._items[self._index(item)]

    def __setitem__(self, item, value):
        index = self._index(item)
        self._items[index] = _unbox(self._params[0].code, value)

    def __delitem__(self, item):
        raise TypeError("Array elements cannot be deleted")

    def __repr__(self):
        return f"{type(self).__name__}({self._items!r})"
