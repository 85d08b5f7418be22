a or b
a or b or c
a and b and c
a or b and c
(a or b) and c
not a
not not a
not a or b
a and not b
x = a if b else c or d
