# CHECK_ARGS names the offending parameter: here the second one, a `str` given a list.
import __static__


def label(n: int, s: str) -> str:
    return s * n


fns = [label]
print(fns[0](2, "ab"))
print(fns[0](2, [1]))
# cinder-stdout:
# abab
# cinder-error: TypeError: label expected 'str' for argument s, got 'list'
