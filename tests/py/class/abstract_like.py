# Abstract-method style checks without abc: raising NotImplementedError and checking via hasattr.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        try:
            return "%s area %.2f" % (type(self).__name__, self.area())
        except NotImplementedError as e:
            return "abstract: %s" % e
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in (Circle(1), Circle(2.5), Blob()):
    print(s.describe())
print(all(hasattr(c, "area") for c in (Circle, Blob)), Circle.area is not Shape.area, Blob.area is Shape.area)
