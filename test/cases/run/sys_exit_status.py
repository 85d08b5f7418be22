# sys.exit(n) ends the program with status n; code after it does not run.
import sys


def finish(code: int) -> None:
    print("exiting with", code)
    sys.exit(code)


print("start")
finish(3)
print("not reached")
