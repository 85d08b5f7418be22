from __static__ import int64, cbool, box, unbox, CheckedList, CheckedDict
import __static__

def fib(n: int64) -> int64:
    a: int64 = 0
    b: int64 = 1
    i: int64 = 0
    while i < n:
        a, b = b, a + b
        i += 1
    return a

class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def dist2(self) -> int:
        return self.x * self.x + self.y * self.y

def main() -> None:
    lst: CheckedList[int] = CheckedList[int]([1, 2, 3])
    d: CheckedDict[str, int] = CheckedDict[str, int]({"a": 1})
    print(box(fib(int64(10))), Point(1, 2).dist2(), lst, d)

if __name__ == "__main__":
    main()
