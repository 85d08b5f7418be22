"""Static Python's enums (``__static__.Enum``, ``IntEnum``, ``StringEnum``), as Cinder defines
them: not the standard library's ``enum``. Members are instances of their class made when the
class statement runs; ``Cls(value)`` looks a member up by value; a class whose member values are
not all distinct and hashable compares and hashes its members by value.

This file is also the source of the builtin ``__static__`` module's enums in compiled programs:
scripts/build.mjs embeds it in the runtime library (runtime-support/static_module.c runs it),
so it may use only what a bare interpreter has (no ``__future__``, no relative imports).
"""

import types as _types

_MISSING = object()


def _is_hashable(obj):
    try:
        hash(obj)
    except TypeError:
        return False
    return True


def _is_attribute(name, value):
    """Names kept as ordinary class attributes rather than made members: private and dunder
    names, functions and descriptors (methods, staticmethod, property, ...)."""
    if name.startswith("_") or isinstance(value, _types.BuiltinFunctionType):
        return True
    return not isinstance(value, type) and hasattr(type(value), "__get__")


def _eq_by_value(self, other):
    if self.value == other:
        return True
    other_value = getattr(other, "value", None)
    return other_value is not None and self.value == other_value


def _hash_by_value(self):
    return hash(self.value)


class EnumMeta(type):
    def __new__(metacls, classname, bases, namespace):
        attributes = {}
        members = {}
        for name, value in namespace.items():
            (attributes if _is_attribute(name, value) else members)[name] = value
        attributes["__members__"] = {}
        attributes["__reversed_map__"] = {}
        distinct = {v for v in members.values() if _is_hashable(v)}
        if len(distinct) != len(members):
            attributes["__eq__"] = _eq_by_value
            attributes["__hash__"] = _hash_by_value
        cls = super().__new__(metacls, classname, bases, attributes)
        for name, value in members.items():
            member = cls(name=name, value=value)
            cls.__members__[name] = member
            if _is_hashable(member):
                cls.__reversed_map__[member] = member
            if _is_hashable(value):
                cls.__reversed_map__[value] = member
            setattr(cls, name, member)
        return cls

    def __len__(cls):
        return len(cls.__members__)

    def __getitem__(cls, name):
        return cls.__members__[name]

    def __iter__(cls):
        return iter(cls.__members__.values())

    def __call__(cls, *args, **kwargs):
        if len(args) == 1:
            return cls._get_by_value(args[0])
        name = kwargs["name"]
        value = kwargs["value"]
        member = cls.__new__(cls, value)
        member.name = name
        member.value = value
        return member

    def _get_by_value(cls, value):
        member = cls.__reversed_map__.get(value, _MISSING)
        if member is _MISSING:
            raise ValueError(f"Enum type {cls.__name__} has no attribute with value {value!r}")
        return member


class Enum(metaclass=EnumMeta):
    def __init__(self, value):
        self.value = value
        self.name = None

    def __dir__(self):
        return ["name", "value"]

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"

    def __reduce_ex__(self, proto):
        return self.__class__, (self.value,)


class IntEnum(Enum, int):
    pass


class StringEnumMeta(EnumMeta):
    """Looks bytes up as the text they encode (UTF-8), as the str members' values are."""

    def _get_by_value(cls, value):
        return super()._get_by_value(value.decode("utf-8") if isinstance(value, bytes) else value)


class StringEnum(Enum, str, metaclass=StringEnumMeta):
    def __str__(self):
        return f"{self.value}"


def unique(enumeration):
    """Class decorator refusing an enum two of whose names are the same member."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        raise ValueError(f"duplicate values found in {enumeration!r}")
    return enumeration
