# check-traceback
def check(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x


print(check(3))
print(check(-1))
