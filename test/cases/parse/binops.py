a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
a + b * c
(a + b) * c
a - b - c
a ** b ** c
-a ** b
(-a) ** b
a ** -b
~a + +b - -c
a * -b
a | b | c
a<<1>>2
2**-1
