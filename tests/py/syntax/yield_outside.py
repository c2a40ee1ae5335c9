# py-test: syntax
# SyntaxError: Yield at module level.
yield 1
