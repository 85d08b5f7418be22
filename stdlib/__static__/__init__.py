"""The pure-Python twin of Static Python's ``__static__`` module.

With this package's parent directory (cinderc's ``stdlib/``) on ``PYTHONPATH``, every program
cinderc compiles also runs unchanged on a stock CPython 3.11; the test suite uses that run as
its oracle. Programs compiled by cinderc into executables get the builtin ``__static__`` of
runtime-support/static_module.c instead, which mirrors the part of this module a compiled
program can still touch at run time.

Where stock CPython cannot behave like Static Python:

* Primitive types (``int8`` ... ``uint64``, ``char``, ``cbool``, ``double``, ``single``) are
  plain subclasses of ``int`` and ``float``. Arithmetic on them is Python's: nothing wraps
  around on overflow, ``int8(300)`` is accepted, ``/`` on integers is true division and
  ``//``/``%`` round toward negative infinity instead of toward zero, ``int ** int`` stays an
  int, and the result of an operation is a plain ``int``/``float``.
* Annotations are not enforced: no argument checks when a function is called (Static Python
  raises ``f expected 'int' for argument x, got 'str'``), no casts on assignment or return,
  no ``OverflowError('int overflow')`` for out-of-range primitive arguments.
* ``cast(T, v)`` raises ``TypeError('expected int, got str')`` (unquoted, as Cinder's own
  twin does); the CAST compiled code performs says ``expected 'int', got 'str'``.
* ``final`` is ``typing.final``: overriding a final method or subclassing a final class is
  not refused at run time.
* ``CheckedDict``/``CheckedList``/``Array``/``Vector`` behave as the builtin module's (the
  checked containers are ``dict``/``list`` subclasses in both, ``Vector`` an ``array.array``
  subclass); their class objects are mutable here, immutable there.
* ``rand()`` uses ``random``, not C's ``rand()``; ``native(lib)`` only returns its function.
* The run-time plumbing (``is_type_static``, ``set_type_static``, ...) does nothing.
"""

from __future__ import annotations

import functools as _functools
import inspect as _inspect
import random as _random
import time as _time
import typing as _typing

from ._checked import chkdict, chklist
from ._enum import Enum, IntEnum, StringEnum
from ._static_array import Array
from ._static_vector import Vector

__all__ = [
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "char", "cbool", "double", "single", "ssize_t", "size_t", "byte",
    "box", "unbox", "cast", "inline", "final", "dynamic_return", "allow_weakrefs",
    "_donotcompile", "mixin", "native", "clen", "crange", "rand", "RAND_MAX",
    "posix_clock_gettime_ns", "prod_assert",
    "CheckedDict", "CheckedList", "chkdict", "chklist", "pydict", "PyDict", "Array", "Vector",
    "Enum", "IntEnum", "StringEnum", "ContextDecorator", "ExcContextDecorator",
    "StaticTypeError", "type_code", "is_type_static", "set_type_static", "set_type_final",
    "set_type_static_final",
    "TYPED_INT8", "TYPED_INT16", "TYPED_INT32", "TYPED_INT64", "TYPED_UINT8",
    "TYPED_UINT16", "TYPED_UINT32", "TYPED_UINT64", "TYPED_OBJECT", "TYPED_DOUBLE",
    "TYPED_SINGLE", "TYPED_CHAR", "TYPED_BOOL",
]

# ---- run-time type codes (static_python.md §3.1) ----

TYPED_UINT8, TYPED_INT8 = 0, 1
TYPED_UINT16, TYPED_INT16 = 2, 3
TYPED_UINT32, TYPED_INT32 = 4, 5
TYPED_UINT64, TYPED_INT64 = 6, 7
TYPED_OBJECT = 8
TYPED_DOUBLE = 9
TYPED_SINGLE = 0xA
TYPED_CHAR = 0xB
TYPED_BOOL = 0xC


def type_code(code: int):
    """Class decorator recording a primitive's type code as ``__static_type_code__``."""

    def mark(cls):
        cls.__static_type_code__ = code
        return cls

    return mark


# ---- primitives ----


def _refuse_subclass(cls, **kwargs):
    base = cls.__mro__[1]
    raise TypeError(f"type '__static__.{base.__name__}' is not an acceptable base type")


def _primitive(code: int):
    """Class decorator for a primitive type: records its type code and makes it final, with
    the error CPython gives for a builtin type that is not subclassable (the builtin
    __static__ module's primitive types are not)."""

    def mark(cls):
        cls.__init_subclass__ = classmethod(_refuse_subclass)
        return type_code(code)(cls)

    return mark


@_primitive(TYPED_INT8)
class int8(int):
    __slots__ = ()


@_primitive(TYPED_INT16)
class int16(int):
    __slots__ = ()


@_primitive(TYPED_INT32)
class int32(int):
    __slots__ = ()


@_primitive(TYPED_INT64)
class int64(int):
    __slots__ = ()


@_primitive(TYPED_UINT8)
class uint8(int):
    __slots__ = ()


@_primitive(TYPED_UINT16)
class uint16(int):
    __slots__ = ()


@_primitive(TYPED_UINT32)
class uint32(int):
    __slots__ = ()


@_primitive(TYPED_UINT64)
class uint64(int):
    __slots__ = ()


@_primitive(TYPED_CHAR)
class char(int):
    __slots__ = ()


@_primitive(TYPED_BOOL)
class cbool(int):
    __slots__ = ()


@_primitive(TYPED_DOUBLE)
class double(float):
    __slots__ = ()


@_primitive(TYPED_SINGLE)
class single(float):
    __slots__ = ()


# Aliases, not new types (the compiler treats them as the same types).
ssize_t = int64
size_t = uint64
byte = int8


# ---- identity helpers ----


def box(o):
    return o


def unbox(o):
    return o


def inline(func):
    return func


def dynamic_return(func):
    return func


def allow_weakrefs(klass):
    return klass


def _donotcompile(func):
    return func


def mixin(cls):
    return cls


def native(so_path):
    def declare(func):
        return func

    return declare


final = _typing.final


# ---- cast ----


def _cast_target(typ):
    """(T, optional) for cast(T, v): T may be a type, Optional[X] / X | None, or a generic
    alias standing for its origin."""
    if isinstance(typ, type):
        return typ, False
    origin = getattr(typ, "__origin__", None)
    if isinstance(origin, type):
        return origin, False
    args = getattr(typ, "__args__", ())
    if len(args) == 2 and type(None) in args:
        target = args[1] if args[0] is type(None) else args[0]
        if isinstance(target, type):
            return target, True
    raise ValueError("cast expects type or Optional[T]")


def cast(typ, val):
    target, optional = _cast_target(typ)
    if optional and val is None:
        return None
    if target not in type(val).__mro__:
        raise TypeError(f"expected {target.__name__}, got {type(val).__name__}")
    return val


# ---- builtins with primitive-friendly twins ----

clen = len
crange = range
pydict = dict
PyDict = _typing.Dict

RAND_MAX = (1 << 31) - 1


def rand():
    return _random.randint(0, RAND_MAX)


def posix_clock_gettime_ns():
    return _time.clock_gettime_ns(_time.CLOCK_MONOTONIC)


def prod_assert(value, message=None):
    """An assert that -O does not remove."""
    if not value:
        raise AssertionError(message) if message else AssertionError()


# ---- checked containers (see _checked.py) ----

CheckedDict = chkdict
CheckedList = chklist


# ---- context decorators (the enums are in _enum.py) ----



class ExcContextDecorator:
    """A context manager that is also a decorator: ``@cm`` runs the function inside
    ``with cm:`` (awaited inside it for a coroutine function). May suppress exceptions."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return False

    def _recreate_cm(self):
        return self

    @final
    def __call__(self, func):
        if _inspect.iscoroutinefunction(func):

            @_functools.wraps(func)
            async def inner(*args, **kwargs):
                with self._recreate_cm():
                    return await func(*args, **kwargs)

        else:

            @_functools.wraps(func)
            def inner(*args, **kwargs):
                with self._recreate_cm():
                    return func(*args, **kwargs)

        return inner


class ContextDecorator(ExcContextDecorator):
    """An ExcContextDecorator that never suppresses exceptions."""

    def __exit__(self, exc_type, exc_value, traceback):
        return False


# ---- run-time plumbing (no-ops on stock CPython) ----


class StaticTypeError(TypeError):
    pass


def is_type_static(t):
    return False


def set_type_static(t):
    return t


def set_type_final(t):
    return t


def set_type_static_final(t):
    return t
