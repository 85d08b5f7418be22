# Too many arguments in a static call.
# expect-compile-error: 10:7: Mismatched number of args for function compile_error_arg_count.f. Expected 1, got 2
import __static__


def f(n: int) -> int:
    return n


print(f(1, 2))
