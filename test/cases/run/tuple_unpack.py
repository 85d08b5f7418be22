def swap(a, b):
    a, b = b, a
    return a, b


print(swap(1, 2))
(p, q), r = (1, 2), 3
print(p, q, r)
a, b, c = "xyz"
print(a, b, c)
first, second = [10, 20]
print(first + second)
x = y = [1, 2]
print(x is y)
t = (1, "two", 3.0)
print(t, t[1:], len(t), () == (), (5,))
