# py-test: syntax
# SyntaxError: A decimal literal with leading zeros.
x = 0777
