# CheckedList[T]: items read as T (typed field access without a CAST), indexes by int64,
# `for x in l` gives T, pop()/append() typed; a list comprehension assigned to a declared
# CheckedList becomes one (its targets are dynamic, as comprehension targets are here).
import __static__
from __static__ import CheckedList, box, clen, int64, double


class Body:
    def __init__(self, m: double) -> None:
        self.m: double = m


def main() -> None:
    l: CheckedList[Body] = [Body(1.0), Body(2.5)]
    l.append(Body(4.0))
    t: double = 0.0
    for b in l:
        t += b.m
    i: int64 = 0
    while i < clen(l):
        t += l[i].m
        i += 1
    print(box(t), box(l[-1].m))
    last = l.pop()
    print(box(last.m), len(l))
    doubled: CheckedList[Body] = [Body(double(b.m) * 2.0) for b in l]
    print([box(b.m) for b in doubled], len(doubled))
    ints: CheckedList[int] = [3, 1, 2]
    ints.sort()
    print(ints, ints[0] + ints[2])


main()
