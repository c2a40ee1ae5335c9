# py-test: syntax
# SyntaxError: A for header without its colon.
for i in range(3)
    print(i)
