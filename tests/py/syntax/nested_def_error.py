# py-test: syntax
# SyntaxError: An error inside a nested function.
def outer():
    def inner():
        y = = 2
    return inner
