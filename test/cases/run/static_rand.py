# rand() is C's rand() as an int64 in 0..RAND_MAX (the twin uses the random module, so the
# program prints only what both agree on); RAND_MAX is folded into its uses.
import __static__
from __static__ import RAND_MAX, box, int64, rand


def draws(n: int64) -> bool:
    ok = True
    i: int64 = 0
    while i < n:
        r: int64 = rand()
        if r < 0 or r > RAND_MAX:
            ok = False
        i += 1
    return ok


print(RAND_MAX, draws(1000), RAND_MAX == 2 ** 31 - 1)
