# Output without a final newline is flushed at exit.
import sys

print("line")
print("partial", end="")
sys.stdout.write("|written")
