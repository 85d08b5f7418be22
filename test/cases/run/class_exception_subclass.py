# A class with a non-static base (Exception) is an ordinary class; raising it works.
# cinder-error: MyError: bad thing
import __static__


class MyError(Exception):
    def __init__(self, what: str) -> None:
        super(MyError, self).__init__("bad " + what)


raise MyError("thing")
