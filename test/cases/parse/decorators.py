@a
def f(): pass
@a.b.c
@d(e, f=1)
@(lambda f: f)
@x[0]
def g(): pass
@a
@b
async def h(): pass
@property
def p(self): ...
