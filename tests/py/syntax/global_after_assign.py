# py-test: syntax
# SyntaxError: Global declaration after the name was assigned.
def f():
    x = 1
    global x
