# A list comprehension or display assigned to a declared CheckedList builds the checked
# list (its elements typed as the declared element type); a dict display likewise.
import __static__
from __static__ import CheckedDict, CheckedList


def main() -> None:
    squares: CheckedList[int] = [i * i for i in range(5)]
    names: CheckedList[str] = ["x" + str(i) for i in range(3)]
    lookup: CheckedDict[str, int] = {"one": 1, "two": 2}
    print(squares, names, lookup)
    print(squares[4] - squares[1], names[0].upper(), lookup["two"] * 10)
    dyn: object = squares
    dyn.append(25)
    print(squares[-1], len(squares))


main()
