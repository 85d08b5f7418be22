# Annotated module globals in a static module, read and rebound from functions.
import __static__

limit: int = 3
label: str = "items"
seen: list = []


def add(x: int) -> bool:
    global limit
    if len(seen) >= limit:
        return False
    seen.append(x)
    return True


for v in [5, 6, 7, 8]:
    print(v, add(v))
limit = 5
print(add(9), seen, label)
