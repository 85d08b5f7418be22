class A:
    class B:
        def f(self):
            if x:
                for i in y:
                    while z:
                        pass
x = 1
def g():
    pass
# trailing comment at column 0
    # trailing comment indented
