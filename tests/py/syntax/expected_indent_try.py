# py-test: syntax
# IndentationError: A try whose body is not indented.
try:
x = 1
except Exception:
    pass
