# dynamic
# CPython's traceback printer suggests a similar global name for a NameError; it finds it
# through the failing frame's globals.
counter = 10


def read():
    return countr


print(read())
