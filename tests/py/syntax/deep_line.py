# py-test: syntax
# SyntaxError: An error far down the file, after docstrings, comments, blank lines and a multi-line call.
"""a docstring
spanning lines
"""
# comment

import math

def ok(a, b):
    return a + b

class K:
    def m(self):
        return [x for x in range(3)]

value = ok(1,
           2)
result = value +* 3
