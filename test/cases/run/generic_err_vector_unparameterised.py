# expect-compile-error: 5:5: cannot create instances of a generic Type[Vector[T]]
import __static__
from __static__ import Vector

v = Vector(3)
