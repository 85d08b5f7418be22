# Primitive variables are not allowed at module scope.
# expect-compile-error: 5:1: cannot use primitives in global or closure scope
import __static__
from __static__ import int64
x: int64 = 1
