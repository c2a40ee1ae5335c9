# py-test: syntax
# SyntaxError: Continue in an if block that is not in a loop.
if True:
    continue
