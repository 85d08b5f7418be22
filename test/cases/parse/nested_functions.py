def outer(x):
    def inner(y):
        def innermost(z):
            return x + y + z
        return innermost
    class Local:
        def method(self):
            return outer
    return inner
