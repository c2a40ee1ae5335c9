# py-test: syntax
# SyntaxError: Del of a function call.
del f()
