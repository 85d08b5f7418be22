# match captures and async constructs.
def classify(cmd):
    match cmd:
        case ["go", direction] | ["move", direction]:
            return direction
        case {"x": xv, **rest}:
            return xv, rest
        case Point(x=0, y=py) as pt if py > limit:
            return pt
        case [first, *others]:
            return first, others
        case 1 | None | "s":
            return None
        case _:
            return Constants.DEFAULT

async def fetch(urls):
    async with session() as s:
        async for u in urls:
            await s.get(u)
    return [await s.get(u) async for u in urls]

async def agen():
    yield 1
