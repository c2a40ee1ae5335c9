# py-test: syntax
# SyntaxError: A triple-quoted string never closed.
x = 1
s = """never
closed
