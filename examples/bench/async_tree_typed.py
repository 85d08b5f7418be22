# async_tree: a recursive tree of coroutines run by asyncio. Each inner node gathers its
# children with asyncio.gather; each leaf awaits asyncio.sleep(0) (one trip through the event
# loop) and returns a value derived from its path. Written with standard annotations for mypyc
# and Cython. Prints the node count and a checksum of the values; BENCH_SIZE=small shrinks it.
import asyncio
import os
import sys
from typing import List

MOD = 1000000007


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


async def leaf(counter: List[int], path: int) -> int:
    counter[1] += 1
    await asyncio.sleep(0)
    return path % 9973


async def node(counter: List[int], depth: int, branching: int, path: int) -> int:
    counter[0] += 1
    if depth == 0:
        return await leaf(counter, path)
    children = []
    i = 0
    while i < branching:
        children.append(node(counter, depth - 1, branching, path * branching + i + 1))
        i += 1
    values: List[int] = await asyncio.gather(*children)
    total = path % 7
    for v in values:
        total = (total * 3 + v) % MOD
    return total


async def run_tree(counter: List[int], depth: int, branching: int) -> int:
    return await node(counter, depth, branching, 0)


def main() -> None:
    rounds = 10
    depth = 6
    branching = 5
    if bench_size() == "small":
        rounds = 2
        depth = 3
    counter = [0, 0]  # nodes, leaves
    checksum = 0
    r = 0
    while r < rounds:
        checksum = (checksum + asyncio.run(run_tree(counter, depth, branching))) % MOD
        r += 1
    print("nodes", counter[0], "leaves", counter[1])
    print("checksum", checksum)


if __name__ == "__main__":
    main()
