# Instance attributes added dynamically, per-instance independence, class mutation seen by instances.
class P:
    tags = []
    def __init__(self):
        self.own = []
a, b = P(), P()
a.own.append(1)
a.tags.append("shared")
print(a.own, b.own, b.tags, P.tags is a.tags)
P.new_attr = "added later"
print(a.new_attr, b.new_attr)
def method(self):
    return "added method on %s" % type(self).__name__
P.m = method
print(a.m())
a.__dict__["direct"] = 5
print(a.direct)
