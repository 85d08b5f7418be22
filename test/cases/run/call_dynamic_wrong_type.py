# A dynamic caller passing a str to an `int` parameter: CHECK_ARGS raises TypeError before
# the body runs. (The pure-Python twin does not check annotations, so CPython would run the
# body and print "abab"; expected output is Cinder's.)
import __static__


def twice(x: int) -> int:
    print("body ran")
    return x * 2


fns = [twice]
print(fns[0](21))
print(fns[0]("ab"))
print("not reached")
# cinder-stdout:
# body ran
# 42
# cinder-error: TypeError: twice expected 'int' for argument x, got 'str'
