def f():
    raise RuntimeError("outer") from ValueError("inner")


f()
