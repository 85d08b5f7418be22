match obj:
    case {}:
        pass
    case {"k": v}:
        pass
    case {"a": 1, "b": [x, y], **rest}:
        pass
    case {**rest}:
        pass
    case {1: _, None: _, mod.CONST: _}:
        pass
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=yy):
        pass
    case Point(1, y=2,):
        pass
    case mod.sub.Cls(a, b=c):
        pass
    case mod.CONST:
        pass
    case int() | str():
        pass
