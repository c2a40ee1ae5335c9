# py-test: syntax
# SyntaxError: A '[' closed by ')'.
a = [1, 2)
