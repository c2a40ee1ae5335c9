# py-test: syntax
# SyntaxError: A chained assignment whose middle target is a literal.
x = 1 = 2
