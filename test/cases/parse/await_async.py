async def f():
    await x
    y = await g()
    await a.b(c)
    return await x ** 2
    async for i in aiter():
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d,):
        pass
    r = [x async for x in y]
    r = [await x for x in y]
    r = {k: v async for k, v in y if k}
    r = (x async for x in y)
