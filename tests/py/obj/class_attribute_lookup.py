# Attribute lookup order: instance dict, class, bases (MRO); data descriptors first; class attribute shadowing.
class Base:
    x = "Base.x"
    def who(self):
        return "Base.who"
class Mid(Base):
    y = "Mid.y"
class Leaf(Mid):
    def who(self):
        return "Leaf.who>" + super().who()
o = Leaf()
print(o.x, o.y, o.who())
o.x = "instance x"
print(o.x, Leaf.x, Base.x)
Mid.x = "Mid.x"
print(Leaf.x, Base.x, o.x)
del o.x
print(o.x)
del Mid.x
print(o.x)
class P:
    @property
    def v(self):
        return "property"
p = P()
try:
    p.__dict__["v"] = "instance"
    print(p.v)
except Exception as e:
    print(type(e).__name__)
