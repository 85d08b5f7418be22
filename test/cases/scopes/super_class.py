# `super()` and `__class__` in methods make a `__class__` cell; nested functions and
# comprehensions reach it as free variables.
class A:
    def f(self):
        return super().f()
    def g(self):
        return __class__
    def h(self):
        def inner():
            return super()
        return inner
    def i(self):
        return [super() for _ in range(3)]
    lam = lambda self: super()
    def j(self):
        __class__ = 1
        return __class__
    def k(self):
        class B:
            def m(self):
                return super().m()
        return B

def not_method():
    return super()
