# py-test: syntax
# SyntaxError: Else with no if.
x = 1
else:
    pass
