# Other stdlib modules used from compiled code: string constants, functools, itertools.
import string
import functools
import itertools
import operator

print(string.ascii_lowercase[:5], string.digits)
print(functools.reduce(operator.mul, [1, 2, 3, 4, 5]))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.chain([1, 2], [3])))
