# & | ^ on unsigned primitives stay in range; mixed with a literal the literal takes the type.
import __static__
from __static__ import uint16, int8, box


def f() -> None:
    a: uint16 = 0xF0F0
    b: uint16 = 0x0FF0
    c: int8 = -1
    print(box(a & b), box(a | b), box(a ^ b), box(a & 0xFF), box(c & 0x7F), box(c ^ c))


f()
