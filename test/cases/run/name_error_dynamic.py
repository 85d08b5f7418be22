# dynamic
# In a non-static module an unknown global is a NameError at run time, and only when reached.
def greet() -> None:
    print("hello")


def broken() -> None:
    print(undefined_thing)


greet()
if False:
    print(also_undefined)
broken()
print("not reached")
