# A field typed with a base class holds a subclass instance; calls on it are virtual.
import __static__


class Animal:
    def sound(self) -> str:
        return "..."


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Owner:
    def __init__(self, pet: Animal) -> None:
        self.pet: Animal = pet

    def hear(self) -> str:
        return self.pet.sound()


o = Owner(Dog())
print(o.hear())
o.pet = Animal()
print(o.hear())
