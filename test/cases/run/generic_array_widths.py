# Array elements are stored at their width; reads sign- or zero-extend, and arithmetic on
# what is read is the element type's (int8 + int8 wraps, as in Cinder; the twin's ints do not).
# cinder-stdout:
# Array[int8]([-128, 127, 0]) -128 -2
# Array[uint8]([255, 0]) 255
# Array[uint32]([0, 4000000000]) 4000000000
# -300
# Array[double]([1.5, 0.0, 4.5]) 4.5
# Array[cbool]([False, True]) True False
import __static__
from __static__ import Array, box, double, int8, int16, uint8, uint32, cbool


def main() -> None:
    a = Array[int8](3)
    a[0] = -128
    a[1] = 127
    x: int8 = a[0]
    print(a, box(x), box(a[1] + a[1]))
    u = Array[uint8](2)
    u[0] = 255
    print(u, box(u[0]))
    w = Array[uint32](2)
    w[1] = 4000000000
    print(w, box(w[1]))
    h = Array[int16](1)
    h[0] = -300
    print(box(h[0]))
    d = Array[double](3)
    d[0] = 1.5
    d[2] = d[0] * 3.0
    print(d, box(d[2]))
    c = Array[cbool](2)
    c[1] = True
    print(c, box(c[1]), box(c[0]))


main()
