# CheckedList[str]: items are str, so str methods on them and concatenation are typed;
# join, sorted and `in` from Python see a list.
import __static__
from __static__ import CheckedList, clen, int64


def shout(words: CheckedList[str]) -> CheckedList[str]:
    out: CheckedList[str] = []
    i: int64 = 0
    while i < clen(words):
        out.append(words[i].upper() + "!")
        i += 1
    return out


def main() -> None:
    w: CheckedList[str] = ["ab", "cd"]
    w.append("ef")
    loud = shout(w)
    print(loud, " ".join(loud), "CD!" in loud, sorted(w, reverse=True))
    s = ""
    for x in w:
        s = s + x[0]
    print(s, w[-1].startswith("e"))


main()
