# Class attributes as shared counters, instance ids from a class-level sequence, class methods to reset.
class Task:
    _next = 1
    live = []
    def __init__(self, name):
        self.id = Task._next
        Task._next += 1
        self.name = name
        Task.live.append(self)
    def done(self):
        Task.live.remove(self)
    @classmethod
    def reset(cls):
        cls._next = 1
        cls.live = []
    def __repr__(self):
        return "Task(%d, %r)" % (self.id, self.name)
a, b, c = Task("a"), Task("b"), Task("c")
b.done()
print(Task.live, Task._next)
Task.reset()
print(Task("d"), Task.live)
