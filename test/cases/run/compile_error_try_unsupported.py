# try/except is outside the supported slice.
# expect-compile-error: 7:5: the try statement is not supported yet
import __static__


def f() -> None:
    try:
        pass
    except Exception:
        pass
