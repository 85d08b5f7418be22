x = 1

def f():
    y = 2
    return y
# form feed
z = [1,2]
