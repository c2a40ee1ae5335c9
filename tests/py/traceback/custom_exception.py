# py-test: traceback
# A user-defined exception class defined in the main script is printed without a module prefix.
class ConfigError(Exception):
    pass
def check(port):
    if port < 1024:
        raise ConfigError("port %d is privileged" % port)
check(8080)
check(80)
