# py-test: syntax
# SyntaxError: A bare * with no keyword-only parameter after it.
def f(*):
    pass
