# py-test: syntax
# SyntaxError: A lambda parameter without default after one with a default.
f = lambda a=1, b: a
