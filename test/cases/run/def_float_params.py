# `float` annotations are dynamic in Static Python (PEP 484 lets an int through), so an int
# argument is accepted and stays an int.
def scale(x: float, k: float) -> float:
    return x * k


def mean(a: float, b: float) -> float:
    return (a + b) / 2


print(scale(1.5, 4.0))
print(scale(3, 2))
print(mean(1, 2))
print(mean(0.1, 0.2))
