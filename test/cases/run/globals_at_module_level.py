# globals() called from compiled module-level code should return the module's dict.
import __static__

X = 1
print(globals()["X"])
