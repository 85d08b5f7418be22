# dynamic
# Ordinary classes with operator dunders.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]


v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v), list(v), Vec(0, 0) == 0)
