# while loops: else runs when the condition becomes false, not after break.
def search(xs: list, target: int) -> None:
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")


search([4, 5, 6], 5)
search([4, 5, 6], 7)
search([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("loop done", n)
k = 10
while k > 0:
    k -= 3
print(k)
