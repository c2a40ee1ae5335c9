# A cooperative scheduler of generator tasks with simulated time, sleeps and message passing.
from collections import deque
class Sleep:
    def __init__(self, t): self.t = t
class Send:
    def __init__(self, to, msg): self.to, self.msg = to, msg
class Recv:
    pass
class Scheduler:
    def __init__(self):
        self.now, self.ready, self.sleeping, self.inbox, self.waiting, self.log = 0, deque(), [], {}, {}, []
    def spawn(self, name, gen):
        self.inbox[name] = deque()
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                wake, name, gen = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, gen, None))
                continue
            name, gen, value = self.ready.popleft()
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.log.append("%3d %s finished -> %r" % (self.now, name, stop.value))
                continue
            if isinstance(req, Sleep):
                self.sleeping.append((self.now + req.t, name, gen))
            elif isinstance(req, Send):
                if req.to in self.waiting:
                    self.ready.append((req.to, self.waiting.pop(req.to), req.msg))
                else:
                    self.inbox[req.to].append(req.msg)
                self.ready.append((name, gen, None))
            elif isinstance(req, Recv):
                if self.inbox[name]:
                    self.ready.append((name, gen, self.inbox[name].popleft()))
                else:
                    self.waiting[name] = gen
def producer(sched, n):
    for i in range(n):
        yield Sleep(3)
        sched.log.append("%3d producer sends %d" % (sched.now, i))
        yield Send("consumer", i)
    yield Send("consumer", None)
    return "sent %d" % n
def consumer(sched):
    total = 0
    while True:
        msg = yield Recv()
        if msg is None:
            return total
        sched.log.append("%3d consumer got %d" % (sched.now, msg))
        total += msg
        yield Sleep(1)
def ticker(sched):
    for _ in range(4):
        sched.log.append("%3d tick" % sched.now)
        yield Sleep(4)
s = Scheduler()
s.spawn("producer", producer(s, 4))
s.spawn("consumer", consumer(s))
s.spawn("ticker", ticker(s))
s.run()
print("\n".join(s.log))
print("end time", s.now)
