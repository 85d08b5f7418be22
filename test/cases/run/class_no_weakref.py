# Without @allow_weakrefs or `__weakref__: Any`, instances of a static class cannot be
# weakly referenced.
# cinder-stdout:
# cinder-error: TypeError: cannot create weak reference to 'C' object
import __static__
import weakref


class C:
    def __init__(self) -> None:
        self.x: int = 1


print(weakref.ref(C())() is not None)
