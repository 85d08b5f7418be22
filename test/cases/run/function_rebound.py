# A module function name that is rebound is looked up at run time: calls see the new
# binding.
def f(n: int) -> int:
    return n + 1


def g(n: int) -> int:
    return n * 100


def call_f(n: int) -> int:
    return f(n)


print(call_f(1))
f = g
print(call_f(1), f(2))
