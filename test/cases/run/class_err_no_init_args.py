# A class without __init__ constructs with no arguments; extra arguments are refused.
# expect-compile-error: 10:1: Mismatched number of args for class_err_no_init_args.C.__init__. Expected 0, got 1
import __static__


class C:
    pass


C(1)
