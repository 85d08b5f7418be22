# cbool(x) accepts only a bool (Cinder: test_unbox_cbool_typed_unsupported).
# expect-compile-error: 9:9: type mismatch: int cannot be assigned to cbool
import __static__
from __static__ import cbool


def f() -> None:
    n: int = 1
    x = cbool(n)
