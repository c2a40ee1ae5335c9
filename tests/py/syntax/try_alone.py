# py-test: syntax
# SyntaxError: Try with neither except nor finally.
try:
    pass
x = 1
