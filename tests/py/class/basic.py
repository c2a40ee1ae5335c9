# Class definition, instances, class vs instance attributes, methods, __init__.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self, sound="woof"):
        return "%s says %s" % (self.name, sound)
a = Dog("rex")
b = Dog("fido")
print(a.speak(), b.speak("arf"), Dog.speak(a, "grr"))
print(a.species, Dog.species, Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
print(type(a) is Dog, type(a).__name__, Dog.__name__, Dog.__qualname__, Dog.__module__)
print(sorted(vars(a)), a.__dict__)
print(isinstance(a, Dog), isinstance(a, object), isinstance(Dog, type))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__bases__ == (object,))
