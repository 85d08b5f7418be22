def f(): pass
def f(a, b): pass
def f(a: int, b: str = "x") -> bool: return True
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, b=2, /): pass
def f(*, a): pass
def f(*args: *Ts): pass
def f(**kw: int): pass
def f(a, b, /,): pass
def f(
    a,  # comment
    b: int = 3,
    *args,
): pass
async def g(x): return await x
