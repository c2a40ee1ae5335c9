# Bucket timestamps into a text histogram with scaled bars and summary statistics.
import math
import random
random.seed(42)
events = sorted(round(random.gauss(50, 15), 1) for _ in range(300))
lo, hi, width = 0, 100, 10
buckets = [0] * ((hi - lo) // width)
outside = 0
for e in events:
    if lo <= e < hi:
        buckets[int((e - lo) // width)] += 1
    else:
        outside += 1
peak = max(buckets)
for i, n in enumerate(buckets):
    bar = "#" * round(n / peak * 40)
    print("%3d-%-3d %4d %s" % (lo + i * width, lo + (i + 1) * width - 1, n, bar))
mean = sum(events) / len(events)
var = sum((e - mean) ** 2 for e in events) / (len(events) - 1)
print("n=%d outside=%d mean=%.3f stdev=%.3f min=%.1f max=%.1f" % (len(events), outside, mean, math.sqrt(var), events[0], events[-1]))
median = (events[149] + events[150]) / 2
print("median", median)
