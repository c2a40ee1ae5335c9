# py-test: syntax
# SyntaxError: A keyword used as an assignment target.
class = 5
