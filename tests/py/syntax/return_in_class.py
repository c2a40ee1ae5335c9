# py-test: syntax
# SyntaxError: Return in a class body.
class C:
    return 1
