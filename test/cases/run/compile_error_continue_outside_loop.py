# `continue` outside any loop.
# expect-compile-error: 4:1: 'continue' not properly in loop
import __static__
continue
