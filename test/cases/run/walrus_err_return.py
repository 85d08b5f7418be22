# expect-compile-error: 7:13: mismatched types: expected None because of return type, found Literal[2] instead
# The walrus has its value's type (Cinder's test_walrus_operator_post_type).
import __static__


def fn() -> None:
    return (b := 2)
