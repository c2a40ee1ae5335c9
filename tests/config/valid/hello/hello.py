# hello.py: the job of examples/hello. Prints a few lines and returns; runs
# unchanged under python3, where the configuration keys take their defaults.
try:
    import uniconf
    config = uniconf.config
except ImportError:
    config = {"greeting": "Hello", "count": 3}

for i in range(config["count"]):
    print("%s from a unikernel, line %d of %d" % (config["greeting"], i + 1, config["count"]))
