# Context managers as classes: resource tracking, exception suppression, reuse, nesting.
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("closed", self.name, "with", et.__name__ if et else "no error")
        return False
with Resource("a") as a, Resource("b") as b:
    print("open:", Resource.opened)
print("open:", Resource.opened)
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "enter")
    def __exit__(self, *a):
        print("  " * Timer.depth + "exit")
        Timer.depth -= 1
with Timer():
    with Timer():
        with Timer():
            pass
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
