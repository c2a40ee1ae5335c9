# py-test: syntax
# SyntaxError: Assignment to a literal.
1 = x
