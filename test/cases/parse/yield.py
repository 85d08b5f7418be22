def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    x = yield 1
    yield from other()
    x = yield from other()
    await_ = (yield)
    f((yield))
    return (yield x)
