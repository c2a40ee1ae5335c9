# Analyse access-log lines: parse with re, count by status and path, percentiles of latency.
import re
LOG = """10.0.0.1 - - [05/Jan/2024:10:00:01] "GET /index.html HTTP/1.1" 200 512 0.012
10.0.0.2 - - [05/Jan/2024:10:00:02] "GET /api/items HTTP/1.1" 200 2048 0.120
10.0.0.1 - - [05/Jan/2024:10:00:03] "POST /api/items HTTP/1.1" 201 64 0.230
10.0.0.3 - - [05/Jan/2024:10:00:04] "GET /missing HTTP/1.1" 404 0 0.003
10.0.0.2 - - [05/Jan/2024:10:00:05] "GET /api/items HTTP/1.1" 500 0 1.500
malformed line without structure
10.0.0.4 - - [05/Jan/2024:10:00:06] "GET /index.html HTTP/1.1" 304 0 0.001
10.0.0.1 - - [05/Jan/2024:10:00:07] "GET /api/items?page=2 HTTP/1.1" 200 1024 0.095"""
LINE = re.compile(r'^(?P<ip>[\d.]+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>[^ ?"]+)(?:\?\S*)? [^"]*" (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)$')
entries, bad = [], 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    e = m.groupdict()
    e["status"], e["size"], e["secs"] = int(e["status"]), int(e["size"]), float(e["secs"])
    entries.append(e)
print("parsed", len(entries), "bad", bad)
status = {}
for e in entries:
    status[e["status"] // 100 * 100] = status.get(e["status"] // 100 * 100, 0) + 1
print("by class:", sorted(status.items()))
paths = {}
for e in entries:
    paths.setdefault(e["path"], []).append(e["secs"])
for p, secs in sorted(paths.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print("%-12s n=%d mean=%.3f max=%.3f" % (p, len(secs), sum(secs) / len(secs), max(secs)))
lat = sorted(e["secs"] for e in entries)
def pct(p):
    k = (len(lat) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(lat) - 1)
    return lat[lo] + (lat[hi] - lat[lo]) * (k - lo)
print("p50=%.4f p90=%.4f p99=%.4f" % (pct(50), pct(90), pct(99)))
print("bytes by ip:", sorted(((ip, sum(e["size"] for e in entries if e["ip"] == ip)) for ip in {e["ip"] for e in entries})))
