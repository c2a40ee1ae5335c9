# py-test: syntax
# IndentationError: A def whose body is not indented.
def f():
return 1
