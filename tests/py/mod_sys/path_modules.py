# sys.path is a list of strings whose first entry is the script's directory; sys.modules maps names to modules.
import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.path[0] == __file__.rsplit("/", 1)[0], __file__.endswith("/path_modules.py"))
import math
print(sys.modules["math"] is math, "sys" in sys.modules, type(sys.modules).__name__)
print(sys.modules["__main__"].__name__)
