# py-test: syntax
# SyntaxError: A stray closing brace.
x = 1
}
