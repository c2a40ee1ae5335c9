# A token-bucket rate limiter driven by simulated time, with a request trace and summary.
class Bucket:
    def __init__(self, rate, burst):
        self.rate, self.burst, self.tokens, self.last = rate, burst, float(burst), 0.0
    def allow(self, now, cost=1):
        self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False
b = Bucket(rate=2.0, burst=5)
times = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1.0, 1.1, 1.2, 2.5, 2.5, 2.5, 2.5, 5.0]
results = []
for t in times:
    ok = b.allow(t)
    results.append(ok)
    print("t=%.1f %-6s tokens=%.2f" % (t, "allow" if ok else "reject", b.tokens))
print("allowed %d of %d" % (sum(results), len(results)))
heavy = Bucket(rate=10, burst=10)
print([heavy.allow(t / 10, cost=3) for t in range(10)])
