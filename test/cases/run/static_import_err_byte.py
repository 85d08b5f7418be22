# `byte` is a run-time alias of int8 that Cinder's static compiler does not accept.
# expect-compile-error: 4:1: unsupported static import byte
import __static__
from __static__ import byte
