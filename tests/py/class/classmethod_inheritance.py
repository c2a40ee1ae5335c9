# classmethods see the subclass; alternative constructors; class-level registries via __init_subclass__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
    @classmethod
    def create(cls, *args):
        return cls(*args)
    def __init__(self, *args):
        self.args = args
    def __repr__(self):
        return "%s%r" % (type(self).__name__, self.args)
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["csv"].create(1, 2), Json.create())
print(Csv.create.__self__ is Csv, type(Plugin.registry["json"]()).__name__)
