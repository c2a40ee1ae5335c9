# py-test: syntax
# SyntaxError: A statement in a lambda body.
f = lambda: return 1
