# py-test: syntax
# SyntaxError: A keyword used as a parameter name.
def f(a, class):
    pass
