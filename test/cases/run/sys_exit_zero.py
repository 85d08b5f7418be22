# sys.exit() with no argument, or 0, is status 0.
import sys

print("bye")
sys.exit()
print("not reached")
