# Module-level code runs top to bottom: globals, rebinding, expressions, calls.
greeting = "hello"
count = 3
count = count + 4
print(greeting, count)
name = greeting + ", world"
print(name)
print(__name__)
total = 0
for i in range(5):
    total = total + i
print("total", total)
print(None, True, False)
