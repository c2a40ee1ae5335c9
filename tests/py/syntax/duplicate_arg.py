# py-test: syntax
# SyntaxError: A parameter name used twice.
def f(a, b, a):
    pass
