# Exceptions raised inside builtins called from compiled code propagate with their message.
# check-traceback
def parse(s: str) -> int:
    return int(s)


print(parse("12"))
print(parse("twelve"))
