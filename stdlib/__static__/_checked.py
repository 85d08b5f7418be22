"""CheckedDict and CheckedList for stock CPython: ``dict``/``list`` subclasses whose every
insertion checks element types, with Static Python's messages (static_python.md §8)::

    >>> d = CheckedDict[int, str]({1: "a"})
    >>> d["x"] = "b"
    TypeError: bad key 'str' for chkdict[int, str]
    >>> CheckedList[int]([1]).append("a")
    TypeError: bad value 'str' for chklist[int]

``CheckedDict[K, V]`` is a subclass of ``chkdict`` made once per argument tuple; its
``__args__`` are the arguments. The unparameterised ``chkdict``/``chklist`` cannot be
instantiated, and neither they nor their parameterisations can be subclassed.
"""

from __future__ import annotations

import types
import typing

# __static__ type codes (static_python.md §3.1) and the boxed type of each primitive.
_BOXED_BY_TYPE_CODE = {
    0: int, 1: int, 2: int, 3: int, 4: int, 5: int, 6: int, 7: int,
    0xB: int,  # char
    0xC: bool,  # cbool
    9: float, 0xA: float,  # double, single
}


def _union_args(t):
    if isinstance(t, types.UnionType) or typing.get_origin(t) is typing.Union:
        return typing.get_args(t)
    return None


def type_arg_name(t) -> str:
    """A type argument as Static Python prints it in a generic's name: `int`, `str | None`."""
    if t is None or t is type(None):
        return "None"
    members = _union_args(t)
    if members is not None:
        return " | ".join(type_arg_name(m) for m in members)
    if isinstance(t, (type, typing.TypeVar)):
        return t.__name__
    return str(t)


def element_check(t):
    """A predicate telling whether a value may be stored where `t` is expected. Subclasses
    are accepted; `None` only for optional types; a primitive stands for its boxed type."""
    if t is object or isinstance(t, typing.TypeVar):
        return lambda v: True
    if t is None or t is type(None):
        return lambda v: v is None
    members = _union_args(t)
    if members is not None:
        checks = [element_check(m) for m in members]
        return lambda v: any(check(v) for check in checks)
    boxed = _BOXED_BY_TYPE_CODE.get(getattr(t, "__static_type_code__", None))
    if boxed is not None:
        return lambda v: isinstance(v, boxed)
    origin = typing.get_origin(t)
    if isinstance(origin, type):
        return lambda v: isinstance(v, origin)
    if isinstance(t, type):
        return lambda v: isinstance(v, t)
    raise TypeError(f"expected a type, got {t!r}")


def type_args(params, generic_name: str, count: int) -> tuple:
    """The arguments of `Generic[params]`, checking there are `count` of them."""
    if not isinstance(params, tuple):
        params = (params,)
    if len(params) != count:
        raise TypeError(f"{generic_name} expected {count} generic arguments, got {len(params)}")
    return params


def _refuse_subclass(cls, specialising: bool):
    if not specialising:
        base = cls.__mro__[1]
        raise TypeError(f"type '__static__.{base.__name__}' is not an acceptable base type")


class chkdict(dict):
    """``CheckedDict[K, V]``: a dict checking the types of keys and values stored in it."""

    __slots__ = ()
    __args__: tuple = ()
    _instances: dict = {}

    def __class_getitem__(cls, params):
        if cls is not chkdict:
            raise TypeError(f"'{cls.__name__}' is not a generic class")
        params = type_args(params, "__static__.chkdict[K, V]", 2)
        inst = chkdict._instances.get(params)
        if inst is None:
            name = f"chkdict[{', '.join(type_arg_name(p) for p in params)}]"
            namespace = {
                "__slots__": (), "__args__": params, "__qualname__": name,
                "__module__": "__static__",
                "_key_ok": staticmethod(element_check(params[0])),
                "_value_ok": staticmethod(element_check(params[1])),
            }
            inst = type(name, (chkdict,), namespace, _specialising=True)
            chkdict._instances[params] = inst
        return inst

    def __init_subclass__(cls, _specialising=False, **kwargs):
        _refuse_subclass(cls, _specialising)
        super().__init_subclass__(**kwargs)

    def __new__(cls, *args, **kwargs):
        if not cls.__args__:
            raise TypeError("cannot create '__static__.chkdict[K, V]' instances")
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def _check_key(self, key):
        if not self._key_ok(key):
            raise TypeError(f"bad key '{type(key).__name__}' for {type(self).__name__}")

    def _check_value(self, value):
        if not self._value_ok(value):
            raise TypeError(f"bad value '{type(value).__name__}' for {type(self).__name__}")

    def __setitem__(self, key, value):
        self._check_key(key)
        self._check_value(value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        self._check_key(key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        self._check_key(key)
        super().__delitem__(key)

    def setdefault(self, key, default=None):
        self._check_key(key)
        if key not in self:
            self._check_value(default)
        return super().setdefault(key, default)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        pairs = []
        if args:
            source = args[0]
            if hasattr(source, "keys"):
                pairs.extend((k, source[k]) for k in source.keys())
            else:
                for item in source:
                    key, value = item
                    pairs.append((key, value))
        pairs.extend(kwargs.items())
        for key, value in pairs:
            self._check_key(key)
            self._check_value(value)
        for key, value in pairs:
            super().__setitem__(key, value)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def copy(self):
        return type(self)(self)


class chklist(list):
    """``CheckedList[T]``: a list checking the type of every element stored in it."""

    __slots__ = ()
    __args__: tuple = ()
    _instances: dict = {}

    def __class_getitem__(cls, params):
        if cls is not chklist:
            raise TypeError(f"'{cls.__name__}' is not a generic class")
        params = type_args(params, "__static__.chklist[T]", 1)
        inst = chklist._instances.get(params)
        if inst is None:
            name = f"chklist[{type_arg_name(params[0])}]"
            namespace = {
                "__slots__": (), "__args__": params, "__qualname__": name,
                "__module__": "__static__",
                "_value_ok": staticmethod(element_check(params[0])),
            }
            inst = type(name, (chklist,), namespace, _specialising=True)
            chklist._instances[params] = inst
        return inst

    def __init_subclass__(cls, _specialising=False, **kwargs):
        _refuse_subclass(cls, _specialising)
        super().__init_subclass__(**kwargs)

    def __new__(cls, *args, **kwargs):
        if not cls.__args__:
            raise TypeError("cannot create '__static__.chklist[T]' instances")
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("chklist() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError(f"chklist expected at most 1 argument, got {len(args)}")
        super().__init__(self._checked(args[0]) if args else ())

    def _checked(self, values) -> list:
        values = list(values)
        for value in values:
            if not self._value_ok(value):
                raise TypeError(f"bad value '{type(value).__name__}' for {type(self).__name__}")
        return values

    def append(self, value):
        super().append(*self._checked((value,)))

    def extend(self, values):
        super().extend(self._checked(values))

    def insert(self, index, value):
        if not self._value_ok(value):
            raise TypeError(f"insert() argument 2 expected {type_arg_name(self.__args__[0])}")
        super().insert(index, value)

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            super().__setitem__(index, self._checked(value))
        else:
            super().__setitem__(index, *self._checked((value,)))

    def __iadd__(self, values):
        self.extend(values)
        return self

    def __add__(self, other):
        if not isinstance(other, list):
            return NotImplemented
        result = self.copy()
        result.extend(other)
        return result

    def __getitem__(self, index):
        result = super().__getitem__(index)
        if isinstance(index, slice):
            return type(self)(result)
        return result

    def copy(self):
        return type(self)(self)
