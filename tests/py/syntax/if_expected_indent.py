# py-test: syntax
# IndentationError: An if whose body is not indented.
x = 1
if x:
pass
