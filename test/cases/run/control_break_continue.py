# break and continue in nested loops apply to the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
print("--")
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)


def primes(limit: int) -> list:
    out = []
    for c in range(2, limit):
        for d in range(2, c):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out


print(primes(30))
