# py-test: syntax
# SyntaxError: An unterminated string on a line after valid code.
a = "fine"
b = 'also fine'
c = "broken
d = 4
