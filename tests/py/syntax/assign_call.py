# py-test: syntax
# SyntaxError: Assignment to a function call.
f() = 1
