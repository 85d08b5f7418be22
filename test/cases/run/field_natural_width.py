# Primitive fields are stored at their natural width, as Cinder lays out slots: eight
# one-byte fields (int8, uint8, cbool, char) fill one word, four int16s or two int32s too.
# Values of every width round-trip from compiled code and from Python code.
import __static__
from __static__ import box, cbool, char, int8, int16, int32, int64, uint8, uint16, uint32, double
import sys


class Empty:
    pass


class Bytes:
    def __init__(self) -> None:
        self.a0: int8 = -1
        self.a1: int8 = 2
        self.a2: uint8 = 255
        self.a3: uint8 = 4
        self.a4: cbool = True
        self.a5: cbool = False
        self.a6: int8 = -128
        self.a7: int8 = 127


class Shorts:
    def __init__(self) -> None:
        self.a0: int16 = -32768
        self.a1: int16 = 32767
        self.a2: uint16 = 65535
        self.a3: uint16 = 0


class Ints:
    def __init__(self) -> None:
        self.a0: int32 = -2147483648
        self.a1: uint32 = 4294967295


class Mixed:
    def __init__(self) -> None:
        self.a: int8 = -5
        self.b: int64 = -6
        self.c: int16 = -7
        self.d: cbool = True
        self.e: int32 = -8
        self.f: double = 1.5
        self.g: uint8 = 200


def total(m: Mixed) -> int64:
    m.a += 1
    m.c -= 1
    return m.a + m.b + m.c + m.e + m.g


def show(o: object, names: str) -> None:
    print(" ".join([str(getattr(o, n)) for n in names.split()]))


base = sys.getsizeof(Empty())
print(sys.getsizeof(Bytes()) - base, sys.getsizeof(Shorts()) - base, sys.getsizeof(Ints()) - base)
b = Bytes()
show(b, "a0 a1 a2 a3 a4 a5 a6 a7")
setattr(b, "a2", 7)
setattr(b, "a4", False)
show(b, "a0 a1 a2 a3 a4 a5 a6 a7")
show(Shorts(), "a0 a1 a2 a3")
show(Ints(), "a0 a1")
m = Mixed()
print(box(total(m)))
show(m, "a b c d e f g")
setattr(b, "a2", 256)
# cinder-stdout:
# 8 8 8
# -1 2 255 4 True False -128 127
# -1 2 7 4 False False -128 127
# -32768 32767 65535 0
# -2147483648 4294967295
# 174
# -4 -6 -8 True -8 1.5 200
# cinder-error: OverflowError: int overflow
