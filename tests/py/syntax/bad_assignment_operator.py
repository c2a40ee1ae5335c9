# py-test: syntax
# SyntaxError: An arrow where an expression statement continues.
x = 1
y = x -> 2
