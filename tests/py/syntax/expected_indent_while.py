# py-test: syntax
# IndentationError: A while whose body is not indented.
n = 3
while n:
n -= 1
