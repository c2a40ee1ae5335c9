# py-test: syntax
# SyntaxError: A string literal not closed before the end of the line.
print("abc)
