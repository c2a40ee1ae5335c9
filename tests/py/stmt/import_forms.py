# import, import as, from-import, from-import as, dotted names of builtin modules.
import math
import math as m
from math import sqrt, pi as PI
from collections import namedtuple, deque as Deque
import sys, json
print(m is math, sqrt(16.0), PI == math.pi)
print(Deque([1, 2]).pop(), namedtuple.__name__)
import sys as again
print(json.dumps([1]), sys is again)
print(sorted(k for k in ("math", "json", "sys", "collections") if k in sys.modules))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
def local_import():
    import math as mm
    return mm.floor(2.5)
print(local_import())
