# py-test: syntax
# SyntaxError: A while header without its colon.
while True
    pass
