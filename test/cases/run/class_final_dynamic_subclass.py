# A final class cannot be subclassed at run time either.
# cinder-stdout:
# ok
# cinder-error: TypeError: type 'F' is not an acceptable base type
import __static__
from typing import final


@final
class F:
    pass


print("ok")
exec("class G(F):\n    pass\n", {"F": F})
