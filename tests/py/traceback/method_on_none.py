# py-test: traceback
# Calling a method on None.
def find(name):
    return None
result = find("x")
result.upper()
