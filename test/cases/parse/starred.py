*a, b = c
a, *b = c
print(*args, sep="")
x = [*a, *b]
x = {*a}
x = (*a,)
for *a, b in c: pass
return_value = *a, *b
