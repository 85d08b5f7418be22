# `single` (float32) is in __static__ at run time but, as in Cinder, not known to the static
# compiler: importing it into a static module is refused.
# expect-compile-error: 5:1: unsupported static import single
import __static__
from __static__ import single
