# generators: generator pipelines (source -> map -> filter -> running sum), closures made by
# factory functions (with nonlocal state), recursive tree walks with `yield from`, generator
# expressions and a send()-driven coroutine. Plain Python without
# annotations (the typed variant, stripped). Prints a checksum; BENCH_SIZE=small shrinks it.
import os
import sys
MOD = 1000000007

def bench_size():
    size = os.environ.get('BENCH_SIZE', 'default')
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def mapped(src, f):
    for v in src:
        yield f(v)

def kept(src, pred):
    for v in src:
        if pred(v):
            yield v

def running_sum(src):
    total = 0
    for v in src:
        total = (total + v) % MOD
        yield total

def pairs(src):
    for a in src:
        b = next(src, 0)
        yield (a * 2 + b)

def make_affine(k, c):

    def f(v):
        return v * k + c
    return f

def make_residue_test(m, r):

    def pred(v):
        return v % m != r
    return pred

def make_accumulator(start):
    total = start

    def add(v):
        nonlocal total
        total = (total + v) % MOD
        return total
    return add

def pipeline(n, seed):
    stream = running_sum(kept(pairs(mapped(count_up(n), make_affine(3, seed))), make_residue_test(5, 1)))
    acc = make_accumulator(seed)
    last = 0
    for v in stream:
        last = acc(v)
    return last

def build_tree(depth, width):
    count = 1
    level = 1
    d = 0
    while d < depth:
        level *= width
        count += level
        d += 1
    values = []
    i = 0
    while i < count:
        values.append(i * 2654435761 % 100003)
        i += 1
    return values

def walk(tree, i, width):
    yield tree[i]
    first = i * width + 1
    if first < len(tree):
        c = 0
        while c < width:
            yield from walk(tree, first + c, width)
            c += 1

def leaves(tree, i, width, depth):
    first = i * width + 1
    if first >= len(tree):
        yield (tree[i] * depth)
        return
    c = 0
    while c < width:
        yield from leaves(tree, first + c, width, depth + 1)
        c += 1

def tree_sums(tree, width):
    total = sum((v % 1000 for v in walk(tree, 0, width) if v % 3 != 0))
    total += sum(leaves(tree, 0, width, 1)) % MOD
    return total

def averager():
    total = 0
    count = 0
    average = 0
    while True:
        v = (yield average)
        total += v
        count += 1
        average = total // count

def drive_averager(n):
    avg = averager()
    next(avg)
    result = 0
    i = 0
    while i < n:
        result = (result + avg.send(i * 7 % 1000)) % MOD
        i += 1
    avg.close()
    return result

def main():
    rounds = 110
    if bench_size() == 'small':
        rounds = 2
    tree = build_tree(7, 4)
    checksum = 0
    r = 0
    while r < rounds:
        checksum = (checksum + pipeline(20000, r)) % MOD
        checksum = (checksum + tree_sums(tree, 4)) % MOD
        checksum = (checksum + drive_averager(10000)) % MOD
        r += 1
    print('rounds', rounds)
    print('checksum', checksum)
if __name__ == '__main__':
    main()
