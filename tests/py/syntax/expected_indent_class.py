# py-test: syntax
# IndentationError: A class whose body is not indented, after a blank line.
class C:

x = 1
