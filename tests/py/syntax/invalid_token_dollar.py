# py-test: syntax
# SyntaxError: A character that is no Python token.
x = 5 $ 3
