# word frequency: build a pseudo-random text from syllables, split it, count words in a dict,
# and print the most frequent ones. Standard annotations for mypyc and Cython.
# BENCH_SIZE=small shrinks the run.
import os
import sys
from typing import Dict, List

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ra", "to", "vi", "de", "po", "chi", "an"]


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def make_text(words: int, seed: int) -> str:
    parts: List[str] = []
    for _ in range(words):
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = 1 + (seed >> 16) % 3
        word = ""
        for _ in range(length):
            seed = (seed * 1103515245 + 12345) % 2147483648
            word += SYLLABLES[(seed >> 16) % len(SYLLABLES)]
        if (seed >> 8) % 7 == 0:
            word = word.upper()
        parts.append(word)
    return " ".join(parts)


def count_words(text: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for word in text.split():
        key = word.lower()
        counts[key] = counts.get(key, 0) + 1
    return counts


def main() -> None:
    words = 400000
    rounds = 4
    if bench_size() == "small":
        words = 2000
        rounds = 1
    total = 0
    for r in range(rounds):
        counts = count_words(make_text(words, r + 1))
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        top = ranked[:3]
        print("round", r, "distinct", len(counts), "top", " ".join(w + "=" + str(c) for w, c in top))
        total += len(counts) + ranked[0][1]
    print("checksum", total)


if __name__ == "__main__":
    main()
