# py-test: syntax
# IndentationError: A for whose body is missing after a comment line.
for x in range(2):
# only a comment
print(x)
