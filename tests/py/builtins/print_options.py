# print(): sep, end, file, flush, multiple and zero arguments, non-str objects.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.5, None, [1], (2,), {"k": 3}, sep="|")
print("no newline", end="")
print(" continued")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5), sep=",")
print("x", sep=None, end=None)
print("")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("into", "writer", file=w)
print(w.parts)
