# A dynamic value returned from a function declared `-> str` is CAST: an int is refused.
import __static__


def name_of(xs: list, i: int) -> str:
    return xs[i]


print(name_of(["ann", 3], 0))
print(name_of(["ann", 3], 1))
# cinder-stdout:
# ann
# cinder-error: TypeError: expected 'str', got 'int'
