# A plain class attribute read and updated from static methods and from outside.
import __static__


class Tally:
    count = 0
    label = "tally"

    def __init__(self) -> None:
        Tally.count += 1

    def describe(self) -> str:
        return self.label + ":" + str(Tally.count)


Tally()
Tally()
t = Tally()
print(t.describe(), Tally.count)
Tally.label = "renamed"
print(t.describe())
