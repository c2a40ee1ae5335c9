# py-test: traceback
# TypeError from calling a function with the wrong number of arguments.
def connect(host, port):
    return host, port
print(connect("h", 1))
connect("h")
