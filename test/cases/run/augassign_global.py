# Augmented assignment on module globals through `global` declarations.
counter = 0
log = ""


def bump(n: int) -> None:
    global counter
    counter += n


def note(s: str) -> None:
    global log
    log += s + ";"


for i in range(5):
    bump(i)
note("a")
note("b")
print(counter, log)
counter *= 10
print(counter)
