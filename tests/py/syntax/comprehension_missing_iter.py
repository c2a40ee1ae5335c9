# py-test: syntax
# SyntaxError: A comprehension with nothing after 'in'.
xs = [i for i in]
