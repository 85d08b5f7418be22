# dynamic
# staticmethod, classmethod and property on an ordinary class.
class Box:
    count = 0

    def __init__(self, v):
        self.v = v
        Box.count += 1

    @staticmethod
    def double(x):
        return x * 2

    @classmethod
    def make(cls, v):
        return cls(v)

    @property
    def twice(self):
        return Box.double(self.v)


b = Box.make(4)
print(b.twice, Box.double(5), Box.count, type(b).__name__)
