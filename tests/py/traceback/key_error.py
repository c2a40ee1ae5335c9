# py-test: traceback
# KeyError prints the repr of the missing key.
config = {"host": "localhost"}
def get(key):
    return config[key]
print(get("host"))
print(get("port"))
