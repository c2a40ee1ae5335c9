# py-test: syntax
# SyntaxError: Return at module level.
x = 1
return x
