# py-test: syntax
# SyntaxError: Two names side by side.
a b
