# Reading a name that is not a local, global, import or builtin in a static module.
# expect-compile-error: 7:12: Name `undefined_thing` is not defined.
import __static__


def f() -> int:
    return undefined_thing
