# dynamic
# A local that is only assigned on one path raises UnboundLocalError when read on the other.
# check-traceback
def pick(flag: bool) -> int:
    if flag:
        v = 10
    return v


print(pick(True))
print(pick(False))
