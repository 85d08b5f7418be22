def f(seq):
    a, b, c = seq
    return a


print(f("ab"))
