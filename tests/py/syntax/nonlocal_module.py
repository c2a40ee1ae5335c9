# py-test: syntax
# SyntaxError: Nonlocal at module level.
nonlocal x
