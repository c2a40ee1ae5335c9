# re with bytes patterns and bytes subjects.
import re
data = b"GET /index.html HTTP/1.1\r\nHost: example\r\nContent-Length: 42\r\n\r\nbody"
m = re.match(rb"(\w+) (\S+) HTTP/(\d\.\d)", data)
print(m.groups())
headers = dict(re.findall(rb"^([\w-]+): (.*?)\r$", data, re.M))
print(headers)
print(re.sub(rb"\d", b"#", b"a1b2"), re.split(rb"\r\n", data)[-1], re.findall(rb"[A-Z]+", data)[:3])
try:
    re.search(r"x", b"x")
except TypeError as e:
    print("TypeError", e)
