n = 7
items = [1, 2, 3]
name = "world"
print(f"hello {name}!", f"{n!r:>4}|{n * 2:05d}|{n:x}", f"{items[-1]!s}", f"{'nested ' + str(items[0])}")
print(f"{3.14159:.2f} {name!a} {name:^11} {{literal}}")
print(f"{n}")
