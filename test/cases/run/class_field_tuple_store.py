# Tuple-unpacking stores to self.x in __init__ declare untyped slots.
# cinder-stdout:
# 1 2
# ('a', 'b')
# cinder-error: none
import __static__


class P:
    def __init__(self) -> None:
        self.a, self.b = 1, 2


p = P()
print(p.a, p.b)
print(P.__slots__)
