def f():
    return
def g():
    return 1, 2
def h():
    return *a, b
while True:
    pass
    break
    continue
pass; pass;
x = 1; y = 2
