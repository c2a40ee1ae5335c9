# py-test: traceback
# Frames of a staticmethod and a classmethod.
class Util:
    @staticmethod
    def parse(s):
        return int(s)
    @classmethod
    def load(cls, items):
        return cls.parse(items[1])
print(Util.parse("5"))
Util.load(["1", "x"])
