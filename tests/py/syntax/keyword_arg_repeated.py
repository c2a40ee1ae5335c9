# py-test: syntax
# SyntaxError: The same keyword argument given twice.
f(a=1, a=2)
