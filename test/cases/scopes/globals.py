# `global` in functions and at module level; names declared global in a nested function
# become the module's explicit globals; implicit globals and builtins.
global g0
g0 = 1

def f():
    global g1, g2
    g1 = len([])
    def inner():
        return g1 + g3
    return inner

def h():
    global g3
    def inner():
        g3 = 2
        return g3
    return inner

class C:
    global g4
    g4 = 1
    def m(self):
        return g4
