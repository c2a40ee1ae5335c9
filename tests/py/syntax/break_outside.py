# py-test: syntax
# SyntaxError: Break outside a loop.
print(1)
break
