# dynamic
# Zero-argument super() in an ordinary class needs a __class__ cell compiled functions lack.
# expect-compile-error: 13:16: super() without arguments here (use super(C, self)) is not supported yet
class Animal:
    def speak(self):
        return "sound"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + "!"
