# `del d[k]` on a CheckedDict removes the key; deleting a missing key is a KeyError.
import __static__
from __static__ import CheckedDict


def main() -> None:
    d: CheckedDict[int, str] = {1: "one", 2: "two", 3: "three"}
    del d[2]
    print(sorted(d.items()), 2 in d, len(d))
    del d[2]


main()
