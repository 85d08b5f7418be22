match = 1
case = 2
_ = 3
match.attr = case
print(match, case, _)
match(x)
match[0]
match * 2
def match(case): return case
class case: pass
match -x:
    case _:
        pass
