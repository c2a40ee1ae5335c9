# Everything callable: functions, lambdas, classes, instances with __call__, bound methods, builtins, staticmethods.
class Call:
    def __call__(self, x):
        return "called with %r" % (x,)
    @staticmethod
    def s(x):
        return "static %r" % (x,)
    @classmethod
    def c(cls, x):
        return "class %s %r" % (cls.__name__, x)
    def m(self, x):
        return "method %r" % (x,)
things = [len, str.upper, lambda x: x * 2, Call(), Call.s, Call.c, Call().m, repr, list, sorted]
for t in things:
    print(callable(t), t("ab"))
print(callable(None), callable(1), callable("s"), callable(Call))
