# py-test: syntax
# SyntaxError: Except with no try.
x = 1
except ValueError:
    pass
