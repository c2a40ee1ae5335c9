# The configuration as the job sees it, and __main__.
import sys
import uniconf

print("hello from", uniconf.name, "on", uniconf.target, "job", uniconf.job)
print(sorted(uniconf.config.items()))
print(uniconf.config.port + 1, uniconf.config["greeting"], uniconf.config.verbose,
      uniconf.config.peer)
print(uniconf.config.type("port"), uniconf.config.doc("greeting"), len(uniconf.config),
      "port" in uniconf.config, list(uniconf.config))
try:
    uniconf.config.port = 1
except TypeError as e:
    print("read-only:", e)
try:
    uniconf.config.nothing
except AttributeError as e:
    print(e)
print(__name__, sys.argv[1:])
if __name__ == "__main__":
    print("main guard")
