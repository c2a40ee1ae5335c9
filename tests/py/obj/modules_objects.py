# Module objects: attributes, __name__, dir contents, module type, attribute errors.
import math
import json
import sys
print(type(math).__name__, math.__name__, json.__name__, __name__)
print(hasattr(math, "sqrt"), "pi" in dir(math), callable(math.floor))
try:
    math.no_such_thing
except AttributeError as e:
    print("AttributeError", e)
m = sys.modules["math"]
print(m is math, sys.modules["__main__"].__name__)
main = sys.modules["__main__"]
x_in_main = "visible"
print(main.x_in_main, getattr(main, "x_in_main"))
math.custom_attr = 5
import math as again
print(again.custom_attr)
