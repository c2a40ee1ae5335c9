# py-test: syntax
# SyntaxError: A list display never closed.
items = [
    1,
    2,
