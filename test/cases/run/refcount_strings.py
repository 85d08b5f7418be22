# Many short-lived objects: building strings and lists in loops must not crash (freed too
# early) and ends with the right contents.
def build(n: int) -> str:
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def nest(n: int) -> list:
    out = []
    cur = out
    for i in range(n):
        nxt = [i]
        cur.append(nxt)
        cur = nxt
    return out


text = build(20000)
print(len(text), text[:12], text[-5:])
deep = nest(100)
probe = deep
depth = 0
while len(probe) > 0:
    probe = probe[-1]
    if type(probe) is int:
        break
    depth += 1
print(depth)
parts = []
for i in range(5000):
    parts.append("x" + str(i))
print(len(parts), parts[4999], "".join(parts)[:10])
