# py-test: syntax
# SyntaxError: A keyword used as a function name.
def for():
    pass
