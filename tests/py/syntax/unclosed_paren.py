# py-test: syntax
# SyntaxError: A parenthesis never closed before the end of the file.
total = 1
x = (1,
     2
