# py-test: syntax
# SyntaxError: One closing parenthesis too many.
print(1))
