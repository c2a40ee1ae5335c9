# py-test: syntax
# SyntaxError: A numeric literal ending in an underscore.
x = 1_
