# expect-compile-error: 7:15: type mismatch: Literal[42] received for positional arg 2, expected Optional[str]
# get's default is checked at compile time against Optional[V] (Cinder's test_compile_dict_get).
import __static__
from __static__ import CheckedDict

def f(d: CheckedDict[int, str]) -> None:
    d.get(42, 42)
