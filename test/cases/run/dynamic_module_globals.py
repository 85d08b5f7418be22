# dynamic
# Module globals in a dynamic module can be rebound to values of any type, and functions
# see the current binding.
thing = 1


def show() -> None:
    print("thing =", thing)


show()
thing = "now a str"
show()
thing = [thing, thing]
show()


def rebind() -> None:
    global thing
    thing = None


rebind()
show()
