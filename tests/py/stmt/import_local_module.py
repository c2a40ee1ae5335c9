# Importing a module from the script's directory: attributes, caching, from-import.
import _helper_mod
import _helper_mod as again
from _helper_mod import greet, VALUE
print(_helper_mod.VALUE, VALUE)
print(greet("job"))
print(again is _helper_mod)
print(_helper_mod.__name__)
print(_helper_mod.loads)
import sys
print("_helper_mod" in sys.modules)
import _helper_mod
print(_helper_mod.loads)
