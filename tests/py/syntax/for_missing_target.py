# py-test: syntax
# SyntaxError: A for statement without a target.
for in range(3):
    pass
