# bool is an int subclass: arithmetic gives ints, comparisons and `not` give bools.
t = True
f = False
print(t + t, t * 10, t - f, -t, t / 2)
print(t == 1, f == 0, t is True, not t, not f)
print(t & f, t | f, t ^ t)
print(True > False, str(True), int(False))
