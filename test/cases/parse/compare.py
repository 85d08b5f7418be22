a < b
a < b < c
a == b != c
a <= b >= c > d
a in b
a not in b
a is b
a is not b
a is (not b)
not a in b
a < b == c is not d not in e
x = a<b
