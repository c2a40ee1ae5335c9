# Multiple inheritance: attribute lookup order, mixins, cooperative __init__.
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        print("Named init")
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        self.age = age
        print("Aged init")
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class JsonMixin:
    def to_json(self):
        return "{" + ", ".join('"%s": %r' % kv for kv in sorted(vars(self).items())) + "}"
class ReprMixin:
    def __repr__(self):
        return type(self).__name__ + "(...)"
class Item(JsonMixin, ReprMixin):
    def __init__(self):
        self.a, self.b = 1, 2
print(Item().to_json(), repr(Item()))
class A:
    x = "A"
class B:
    x = "B"
    y = "B.y"
class C(A, B):
    pass
print(C.x, C.y)
