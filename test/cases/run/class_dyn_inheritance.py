# dynamic
# Ordinary classes: inheritance, explicit super(Cls, self), class attributes, instance dicts.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super(Dog, self).__init__(name.title())
        self.tricks = []

    def speak(self):
        return Animal.speak(self) + " (woof)"


for a in [Animal("generic"), Dog("rex")]:
    print(a.speak(), a.kind, type(a).__name__, sorted(a.__dict__))
print(Dog.__mro__[1].__name__, isinstance(Dog("x"), Animal))
