# py-test: syntax
# SyntaxError: *iterable unpacking after **mapping unpacking.
f(**a, *b)
