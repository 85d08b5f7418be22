x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = lambda: a if b else c
(y := 10)
print(z := 5)
while (chunk := read()):
    pass
x = [(n := 1), n]
def f(a=(b := 1)): pass
