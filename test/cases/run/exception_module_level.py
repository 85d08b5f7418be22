# An exception raised directly by module-level code (no function frames).
# check-traceback
xs = [1, 2]
print("before")
d = xs[5]
print("after")
