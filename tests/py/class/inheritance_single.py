# Single inheritance: overriding, extending, calling the base explicitly, isinstance.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return "%s with %d sides and area %s" % (self.name, self.sides, self.area())
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Tri(Shape):
    sides = 3
for s in (Shape("blob"), Rect(2, 3), Square(4), Tri("tri")):
    print(s.describe())
print(issubclass(Square, Shape), issubclass(Shape, Square), isinstance(Square(1), Rect))
print([c.__name__ for c in Square.__mro__])
print(Square.__bases__[0].__name__, Shape.__bases__[0].__name__)
