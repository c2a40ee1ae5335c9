# py-test: syntax
# SyntaxError: An unexpected '=' token.
x = = 1
