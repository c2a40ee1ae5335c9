# py-test: syntax
# SyntaxError: Assignment to None.
None = 1
