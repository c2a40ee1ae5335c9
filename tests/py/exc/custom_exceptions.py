# User-defined exception classes and hierarchies.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__("%s: %s" % (key, problem))
        self.key = key
class NetError(AppError):
    code = 500
def load(i):
    if i == 0:
        raise ConfigError("port", "not an int")
    if i == 1:
        raise NetError("unreachable")
    raise AppError("generic")
for i in range(3):
    try:
        load(i)
    except ConfigError as e:
        print("config", e.key, e)
    except AppError as e:
        print(type(e).__name__, e, getattr(e, "code", None))
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)
class Silent(BaseException):
    pass
try:
    try:
        raise Silent()
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException subclass", type(e).__name__)
