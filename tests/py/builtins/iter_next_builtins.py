# iter() and next() builtins with defaults and sentinels, next on generators and files of lines.
it = iter(["a", "b"])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
lines = iter("l1\nl2\n\nl4".split("\n"))
print(list(iter(lambda: next(lines), "")))
print(list(lines))
class Count:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
try:
    iter(5, 5)
except TypeError as e:
    print("TypeError", e)
