"""CheckedDict and CheckedList for stock CPython: ``dict``/``list`` subclasses whose every
insertion checks element types, with Static Python's messages (static_python.md §8). They
behave as the builtin ``__static__`` of compiled programs (runtime-support/checked_dict.c,
checked_list.c); test/runtime/fixtures/checked.py runs against both::

    >>> d = CheckedDict[int, str]({1: "a"})
    >>> d["x"] = "b"
    TypeError: bad key 'str' for chkdict[int, str]
    >>> CheckedList[int]([1]).append("a")
    TypeError: bad value 'str' for chklist[int]

``CheckedDict[K, V]`` is a subclass of ``chkdict`` made once per (normalised) argument
tuple; its ``__args__`` are the arguments. A type argument is a type, ``Optional[T]`` /
``T | None``, or a generic alias standing for its origin; a primitive stands for its boxed
type. The unparameterised ``chkdict``/``chklist`` cannot be instantiated, and neither they
nor their parameterisations can be subclassed. As in Cinder, ``l + x``, ``l * n``,
``l[a:b]`` and ``d | x`` give plain lists and dicts; ``copy()`` keeps the type.
"""

from __future__ import annotations

import operator
import types
import typing

# __static__ type codes (static_python.md §3.1) and the boxed type of each primitive.
_BOXED_BY_TYPE_CODE = {
    0: int, 1: int, 2: int, 3: int, 4: int, 5: int, 6: int, 7: int,
    0xB: int,  # char
    0xC: bool,  # cbool
    9: float, 0xA: float,  # double, single
}


class TypeParam(typing.NamedTuple):
    """One type argument of a parameterised type (generic.c's CSR_TypeParam)."""

    declared: type  # without Optional: int, int64, a class
    optional: bool  # None is accepted too
    code: int | None  # type code of a primitive

    @property
    def name(self) -> str:
        return f"{self.declared.__name__} | None" if self.optional else self.declared.__name__

    def accepts(self, value) -> bool:
        if value is None and self.optional:
            return True
        return isinstance(value, _BOXED_BY_TYPE_CODE.get(self.code, self.declared))


def _parse_arg(arg) -> TypeParam:
    declared, optional = None, False
    if isinstance(arg, type) and not isinstance(arg, types.GenericAlias):
        declared = arg
    elif isinstance(arg, types.UnionType) or typing.get_origin(arg) is typing.Union:
        args = getattr(arg, "__args__", ())
        if len(args) == 2 and type(None) in args:
            member = args[0] if args[1] is type(None) else args[1]
            if isinstance(member, type) and not isinstance(member, types.GenericAlias):
                declared, optional = member, True
    elif isinstance(getattr(arg, "__origin__", None), type):
        declared = arg.__origin__
    if declared is None:
        raise TypeError("expected type or Optional[T] for generic argument")
    return TypeParam(declared, optional, declared.__dict__.get("__static_type_code__"))


def check_positional(name: str, args: tuple, least: int, most: int) -> None:
    """CPython's arity errors for C methods ("insert expected 2 arguments, got 1")."""
    if least <= len(args) <= most:
        return
    bound = least if len(args) < least else most
    qualifier = "" if least == most else ("at least " if len(args) < least else "at most ")
    plural = "" if bound == 1 else "s"
    raise TypeError(f"{name} expected {qualifier}{bound} argument{plural}, got {len(args)}")


def instantiate(cls, generic: type, generic_name: str, count: int, params, validate=None):
    """``generic[params]``, made once per normalised argument tuple (generic.c)."""
    if cls is not generic:
        raise TypeError(f"'{cls.__name__}' is not a generic class")
    if not isinstance(params, tuple):
        params = (params,)
    if len(params) != count:
        raise TypeError(f"{generic_name} expected {count} generic arguments, got {len(params)}")
    parsed = tuple(_parse_arg(p) for p in params)
    key = tuple((p.declared, p.optional) for p in parsed)
    inst = generic._instances.get(key)
    if inst is None:
        if validate is not None:
            validate(parsed)
        name = f"{generic.__name__}[{', '.join(p.name for p in parsed)}]"
        namespace = {"__slots__": (), "__args__": params, "_params": parsed,
                     "__qualname__": name, "__module__": "__static__"}
        inst = type(name, (generic,), namespace, _specialising=True)
        generic._instances[key] = inst
    return inst


def refuse_subclass(cls, specialising: bool) -> None:
    if not specialising:
        base = cls.__mro__[1]
        raise TypeError(f"type '__static__.{base.__name__}' is not an acceptable base type")


def _bad(what: str, value, container) -> TypeError:
    return TypeError(f"bad {what} '{type(value).__name__}' for {type(container).__name__}")


class chkdict(dict):
    """``CheckedDict[K, V]``: a dict checking the types of keys and values stored in it."""

    __slots__ = ()
    __module__ = "__static__"
    _params: tuple | None = None
    _instances: dict = {}

    def __class_getitem__(cls, params):
        return instantiate(cls, chkdict, "__static__.chkdict[K, V]", 2, params)

    def __init_subclass__(cls, _specialising=False, **kwargs):
        refuse_subclass(cls, _specialising)
        super().__init_subclass__(**kwargs)

    def __new__(cls, *args, **kwargs):
        if cls._params is None:
            raise TypeError("cannot create '__static__.chkdict[K, V]' instances")
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"{type(self).__name__} expected at most 1 argument, got {len(args)}")
        self._update(args, kwargs)

    def _check(self, key, value=None, has_value=False):
        if not self._params[0].accepts(key):
            raise _bad("key", key, self)
        if has_value and not self._params[1].accepts(value):
            raise _bad("value", value, self)

    def _update(self, args, kwargs):
        """dict.update's merging, checked and atomic: gather, check every pair, store."""
        pairs = {}
        pairs.update(*args, **kwargs)
        for key, value in pairs.items():
            self._check(key, value, True)
        dict.update(self, pairs)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        self._update(args, kwargs)

    def __ior__(self, other):
        self._update((other,), {})
        return self

    def __setitem__(self, key, value):
        self._check(key, value, True)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        self._check(key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        self._check(key)
        super().__delitem__(key)

    def setdefault(self, *args):
        """Cinder's typed-method errors; an omitted default is checked when stored."""
        check_positional("setdefault", args, 1, 2)
        key, value = args[0], args[1] if len(args) > 1 else None
        key_param, value_param = self._params
        if not key_param.accepts(key):
            raise TypeError(f"setdefault() argument 1 expected {key_param.declared.__name__}")
        if not value_param.accepts(value) and (len(args) > 1 or key not in self):
            raise TypeError(f"setdefault() argument 2 expected {value_param.declared.__name__}")
        return super().setdefault(key, value)

    @classmethod
    def fromkeys(cls, *args):
        """Cinder's wordings: "bad value type", "bad key type"."""
        check_positional("fromkeys", args, 1, 2)
        value = args[1] if len(args) > 1 else None
        result = cls()
        if not result._params[1].accepts(value):
            raise TypeError("bad value type")
        for key in args[0]:
            if not result._params[0].accepts(key):
                raise TypeError("bad key type")
            dict.__setitem__(result, key, value)
        return result

    def copy(self):
        result = type(self)()
        dict.update(result, self)
        return result


class chklist(list):
    """``CheckedList[T]``: a list checking the type of every element stored in it."""

    __slots__ = ()
    __module__ = "__static__"
    _params: tuple | None = None
    _instances: dict = {}

    def __class_getitem__(cls, params):
        return instantiate(cls, chklist, "__static__.chklist[T]", 1, params)

    def __init_subclass__(cls, _specialising=False, **kwargs):
        refuse_subclass(cls, _specialising)
        super().__init_subclass__(**kwargs)

    def __new__(cls, *args, **kwargs):
        if cls._params is None:
            raise TypeError("cannot create '__static__.chklist[T]' instances")
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("chklist() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError(f"chklist expected at most 1 argument, got {len(args)}")
        list.clear(self)
        if args:
            self._extend(args[0])

    def _check(self, value):
        if not self._params[0].accepts(value):
            raise _bad("value", value, self)

    def _extend(self, values):
        """Atomic: every value is checked before any is stored."""
        items = list(values)
        if type(values) is not type(self):
            for value in items:
                self._check(value)
        list.extend(self, items)

    def append(self, value):
        self._check(value)
        super().append(value)

    def extend(self, values):
        self._extend(values)

    def __iadd__(self, values):
        self._extend(values)
        return self

    def insert(self, *args):
        check_positional("insert", args, 2, 2)
        index = operator.index(args[0])
        param = self._params[0]
        if not param.accepts(args[1]):
            raise TypeError(f"insert() argument 2 expected {param.declared.__name__}")
        super().insert(index, args[1])

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if type(value) is not type(self):
                raise TypeError(f"Incompatible slice type '{type(value).__name__}' "
                                f"assigned to '{type(self).__name__}'")
        else:
            self._check(value)
        super().__setitem__(index, value)

    def copy(self):
        result = type(self)()
        list.extend(result, self)
        return result
