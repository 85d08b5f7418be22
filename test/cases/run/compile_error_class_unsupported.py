# Classes are outside the supported slice.
# expect-compile-error: 4:1: the class statement is not supported yet
import __static__
class C:
    pass
