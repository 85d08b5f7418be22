# if / elif / else chains, nested ifs, truthiness of objects.
def grade(n: int) -> str:
    if n >= 90:
        return "A"
    elif n >= 80:
        return "B"
    elif n >= 70:
        return "C"
    else:
        return "F"


for s in [95, 85, 75, 10, 90, 80]:
    print(s, grade(s))

for v in [0, 1, "", "x", [], [0], None]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

n = 15
if n % 3 == 0:
    if n % 5 == 0:
        print("FizzBuzz")
    else:
        print("Fizz")
