# generators: generator pipelines (source -> map -> filter -> running sum), closures made by
# factory functions (with nonlocal state), recursive tree walks with `yield from`, generator
# expressions and a send()-driven coroutine. Static Python: the functions of
# generators_typed.py, with int64 counters and sums outside the generator bodies.
# Prints a checksum; BENCH_SIZE=small shrinks it.
import __static__
from __static__ import int64, box, unbox

import os
import sys
from typing import Callable, Generator, Iterator, List

MOD = 1000000007


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def mapped(src: Iterator[int], f: Callable[[int], int]) -> Iterator[int]:
    for v in src:
        yield f(v)


def kept(src: Iterator[int], pred: Callable[[int], bool]) -> Iterator[int]:
    for v in src:
        if pred(v):
            yield v


def running_sum(src: Iterator[int]) -> Iterator[int]:
    total = 0
    for v in src:
        total = (total + v) % MOD
        yield total


def pairs(src: Iterator[int]) -> Iterator[int]:
    # Consumes two values per value produced.
    for a in src:
        b = next(src, 0)
        yield a * 2 + b


def make_affine(k: int, c: int) -> Callable[[int], int]:
    def f(v: int) -> int:
        return v * k + c
    return f


def make_residue_test(m: int, r: int) -> Callable[[int], bool]:
    def pred(v: int) -> bool:
        return v % m != r
    return pred


def make_accumulator(start: int) -> Callable[[int], int]:
    total = start

    def add(v: int) -> int:
        nonlocal total
        total = (total + v) % MOD
        return total
    return add


def pipeline(n: int, seed: int) -> int:
    stream = running_sum(kept(pairs(mapped(count_up(n), make_affine(3, seed))), make_residue_test(5, 1)))
    acc = make_accumulator(seed)
    last = 0
    for v in stream:
        last = acc(v)
    return last


def build_tree(depth: int64, width: int64) -> List[int]:
    # A complete tree in heap layout: the children of node i are i*width+1 .. i*width+width.
    count: int64 = 1
    level: int64 = 1
    d: int64 = 0
    while d < depth:
        level *= width
        count += level
        d += 1
    values: List[int] = []
    i: int64 = 0
    while i < count:
        values.append(box((i * 2654435761) % 100003))
        i += 1
    return values


def walk(tree: List[int], i: int, width: int) -> Iterator[int]:
    yield tree[i]
    first = i * width + 1
    if first < len(tree):
        c = 0
        while c < width:
            yield from walk(tree, first + c, width)
            c += 1


def leaves(tree: List[int], i: int, width: int, depth: int) -> Iterator[int]:
    first = i * width + 1
    if first >= len(tree):
        yield tree[i] * depth
        return
    c = 0
    while c < width:
        yield from leaves(tree, first + c, width, depth + 1)
        c += 1


def tree_sums(tree: List[int], width: int) -> int:
    total = sum(v % 1000 for v in walk(tree, 0, width) if v % 3 != 0)
    total += sum(leaves(tree, 0, width, 1)) % MOD
    return total


def averager() -> Generator[int, int, None]:
    total = 0
    count = 0
    average = 0
    while True:
        v = yield average
        total += v
        count += 1
        average = total // count


def drive_averager(n: int64) -> int64:
    avg = averager()
    next(avg)
    result: int64 = 0
    i: int64 = 0
    while i < n:
        result = (result + unbox(avg.send(box(i * 7 % 1000)))) % 1000000007
        i += 1
    avg.close()
    return result


def main() -> None:
    rounds: int64 = 110
    if bench_size() == "small":
        rounds = 2
    tree = build_tree(7, 4)
    checksum: int64 = 0
    r: int64 = 0
    while r < rounds:
        checksum = (checksum + unbox(pipeline(20000, box(r)))) % 1000000007
        checksum = (checksum + unbox(tree_sums(tree, 4))) % 1000000007
        checksum = (checksum + drive_averager(10000)) % 1000000007
        r += 1
    print("rounds", box(rounds))
    print("checksum", box(checksum))


if __name__ == "__main__":
    main()
