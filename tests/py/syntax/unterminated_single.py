# py-test: syntax
# SyntaxError: A single-quoted string not closed.
s = 'abc
