# CheckedDict[str, Optional[int]]: None is a valid value; a read is Optional[int] and
# narrowing makes it an int.
import __static__
from __static__ import CheckedDict
from typing import Optional


def score(d: CheckedDict[str, Optional[int]], k: str) -> int:
    v = d[k]
    if v is None:
        return -1
    return v * 10


def main() -> None:
    d = CheckedDict[str, Optional[int]]({"a": 4})
    d["b"] = None
    print(score(d, "a"), score(d, "b"), d)
    dyn: object = d
    dyn["c"] = None
    print(len(d), type(d).__name__)


main()
