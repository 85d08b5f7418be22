# dynamic
# A NameError at module level, after some output.
x = 1
print("x is", x)
print(y)
