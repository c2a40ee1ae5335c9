# Patterns a job might use: log lines, key=value configs, emails, IPv4 addresses, durations.
import re
log = """2024-01-05 10:00:01 INFO  server started on port 8080
2024-01-05 10:00:07 WARN  slow response 1532ms from 10.0.0.7
2024-01-05 10:01:00 ERROR connection reset by 10.0.0.9:4431
garbage line
2024-01-05 10:02:30 INFO  request GET /index.html 200"""
line_re = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.M)
for m in line_re.finditer(log):
    print(m["level"], m["time"], repr(m["msg"][:25]))
print(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", log), re.findall(r"(\d+)ms", log))
cfg = "name = web\nport=8080\n# comment\n  debug =  true  \nbad line"
print(dict(re.findall(r"^\s*(\w+)\s*=\s*(.*?)\s*$", cfg, re.M)))
emails = "a.b@x.org, bad@, c_d+tag@sub.domain.com"
print(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", emails))
def seconds(s):
    total = 0
    for n, unit in re.findall(r"(\d+)([hms])", s):
        total += int(n) * {"h": 3600, "m": 60, "s": 1}[unit]
    return total
print(seconds("1h30m15s"), seconds("45s"), seconds("2m"))
