# py-test: syntax
# SyntaxError: From-import with nothing to import.
from math import
