match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] if direction in exits:
        pass
    case ["drop", *objects]:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as n:
        pass
    case [1, 2] as pair if pair:
        pass
    case {"x": (0 | 1) as bit}:
        pass
    case str() as s:
        pass
match x, y:
    case a, b:
        pass
match *a, b:
    case _:
        pass
match (x):
    case _:
        pass
