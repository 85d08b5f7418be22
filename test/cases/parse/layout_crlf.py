x = 1
y = """a
b"""
if x:
    z = (1,
         2)
