while x:
    x -= 1
else:
    done()
for i in range(10):
    print(i)
else:
    pass
for k, v in d.items():
    pass
for (a, b), c in pairs:
    pass
for x, in y: pass
for *a, b in c: pass
for x.attr in y: pass
for x[0] in y: pass
for i in 1, 2, 3: pass
for i in *a, *b: pass
