# Lambdas are outside what the compiler handles today: a clean diagnostic, not a crash.
# expect-compile-error: 3:10: lambda is not supported yet
square = lambda x: x * x
print(square(3))
