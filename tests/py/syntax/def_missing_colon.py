# py-test: syntax
# SyntaxError: A def header without its colon.
def f()
    pass
