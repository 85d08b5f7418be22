# dynamic
# A class in a non-static module is an ordinary Python class with compiled methods.
class Counter:
    total = 0

    def __init__(self, start):
        self.n = start
        Counter.total += 1

    def bump(self, by=1):
        self.n += by
        return self.n


c = Counter(3)
c.bump()
c.bump(5)
c.extra = "dict ok"
print(c.n, Counter.total, c.extra, sorted(vars(c)))
