# In a static module, a global that the module binds only on a path not taken is a NameError
# at run time.
import __static__

if len("ab") > 5:
    maybe = 1


def read() -> int:
    return maybe


print("start")
print(read())
