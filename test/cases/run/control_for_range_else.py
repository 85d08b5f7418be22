# for over range with else: the else runs unless the loop breaks.
def first_multiple(n: int, k: int) -> None:
    for i in range(1, n):
        if i % k == 0:
            print("first multiple of", k, "is", i)
            break
    else:
        print("no multiple of", k, "below", n)


first_multiple(10, 4)
first_multiple(3, 5)
for i in range(0):
    print("never")
else:
    print("empty range else")
total = 0
for i in range(10, 0, -2):
    total += i
print(total, i)
