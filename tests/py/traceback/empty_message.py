# py-test: traceback
# An exception whose message is the empty string prints only its type name.
def f():
    raise ValueError("")
f()
