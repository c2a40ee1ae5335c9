# py-test: syntax
# SyntaxError: A binary operator with no right operand.
x = 1 +
