# py-test: syntax
# SyntaxError: An error on the line after a backslash continuation.
x = 1 + \
    2 +
