# A chain of mixins each calling super() with keyword arguments; order follows the MRO.
class Base:
    def describe(self):
        return ["Base"]
    def setup(self, **kw):
        self.extra = kw
class Logged(Base):
    def describe(self):
        return ["Logged"] + super().describe()
    def setup(self, log=False, **kw):
        self.log = log
        super().setup(**kw)
class Cached(Base):
    def describe(self):
        return ["Cached"] + super().describe()
    def setup(self, size=0, **kw):
        self.size = size
        super().setup(**kw)
class Service(Logged, Cached):
    def describe(self):
        return ["Service"] + super().describe()
s = Service()
s.setup(log=True, size=10, name="svc")
print(s.describe(), s.log, s.size, s.extra)
print([k.__name__ for k in Service.__mro__])
