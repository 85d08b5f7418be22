# A word index in Static Python, built on checked containers: how often each word occurs
# (CheckedDict[str, int]), where it occurs (CheckedDict[str, CheckedList[int]]), and the
# most frequent words ranked with a typed class. Runs unchanged on CPython with the
# pure-Python __static__ from stdlib/.
import __static__
from __static__ import CheckedDict, CheckedList, box, cbool, clen, int64

TEXT = """
the quick brown fox jumps over the lazy dog the dog sleeps and the fox runs
a quick brown dog jumps over a lazy fox and the quick fox laughs at the dog
"""


class Entry:
    def __init__(self, word: str, count: int64) -> None:
        self.word: str = word
        self.count: int64 = count

    def before(self, other: "Entry") -> cbool:
        # More frequent first; ties in alphabetical order.
        if self.count != other.count:
            return self.count > other.count
        return cbool(self.word < other.word)


def index(words: list) -> CheckedDict[str, CheckedList[int]]:
    where: CheckedDict[str, CheckedList[int]] = {}
    position = 0
    for w in words:
        found = where.get(w)
        if found is None:
            found = CheckedList[int]()
            where[w] = found
        found.append(position)
        position += 1
    return where


def counts_of(where: CheckedDict[str, CheckedList[int]]) -> CheckedDict[str, int]:
    counts: CheckedDict[str, int] = {}
    for w in where:
        counts[w] = len(where[w])
    return counts


def ranked(counts: CheckedDict[str, int]) -> CheckedList[Entry]:
    entries: CheckedList[Entry] = []
    for w in counts:
        e = Entry(w, int64(counts[w]))
        entries.append(e)
        # Insertion sort, stepping the new entry toward the front.
        i: int64 = clen(entries) - 1
        while i > 0 and entries[i].before(entries[i - 1]):
            entries[i], entries[i - 1] = entries[i - 1], entries[i]
            i -= 1
    return entries


def main() -> None:
    words = TEXT.split()
    where = index(words)
    counts = counts_of(where)
    top = ranked(counts)
    print(len(words), "words,", len(counts), "distinct")
    for k in range(5):
        e = top[k]
        print(e.word, box(e.count), list(where[e.word]))
    total: int64 = 0
    for e in top:
        total += e.count
    print("total", box(total))


main()
