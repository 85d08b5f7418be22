match seq:
    case []:
        pass
    case [a]:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case ():
        pass
    case a, b:
        pass
    case a, *_:
        pass
    case [*_, last]:
        pass
    case (a):
        pass
    case [(a, b), [c]]:
        pass
