# Imports of stdlib modules: attributes and functions of math and sys.
import math
import sys
from math import sqrt, floor as fl
import os.path


def hyp(a: float, b: float) -> float:
    return math.sqrt(a * a + b * b)


print(hyp(3.0, 4.0), sqrt(2.0), fl(2.7), math.pi, math.gcd(12, 18))
print(math.floor(-2.5), math.ceil(2.1), math.isclose(0.1 + 0.2, 0.3), math.inf > 1e308)
print(sys.maxsize, sys.version_info[0], sys.version_info[1], type(sys.argv).__name__)
print(os.path.basename("/a/b/c.txt"), os.path.join("x", "y"))
print(math.factorial(20), math.comb(10, 3))
