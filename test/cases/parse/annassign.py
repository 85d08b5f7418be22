x: int
y: list[int] = []
(z): str = "a"
obj.attr: float = 1.0
obj[0]: int
t: tuple[int, ...] = 1, 2
v: int = yield
