# py-test: syntax
# SyntaxError: Augmented assignment to a tuple.
a, b = 1, 2
(a, b) += 1
