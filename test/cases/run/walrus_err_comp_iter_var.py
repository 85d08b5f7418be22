# expect-compile-error: 7:12: assignment expression cannot rebind comprehension iteration variable 'x'
# A walrus in a comprehension binds in the enclosing function, so it may not name a target.
import __static__


def h(xs: list) -> None:
    print([x := 1 for x in xs])
