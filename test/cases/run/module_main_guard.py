# `if __name__ == "__main__":` runs its body in the main module; functions defined above
# it are callable from inside the guard.
def double_it(n: int) -> int:
    return n * 2


def main() -> None:
    print("in main", double_it(21))


print("before guard", __name__ == "__main__")
if __name__ == "__main__":
    main()
    print("after main")
else:
    print("imported")
