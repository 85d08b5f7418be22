# Class keywords (a metaclass) are outside what compiles yet.
# expect-compile-error: 5:17: class keywords (metaclass=...) is not supported yet
import __static__
import abc
class C(object, metaclass=abc.ABCMeta):
    pass
