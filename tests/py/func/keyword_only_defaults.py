# Keyword-only arguments with and without defaults; mixing with *args and **kwargs; errors.
def connect(host, *ports, timeout=5, retries, **extra):
    return host, ports, timeout, retries, sorted(extra.items())
print(connect("h", retries=1))
print(connect("h", 80, 443, timeout=1, retries=3, tls=True))
for call in (lambda: connect("h"), lambda: connect("h", 1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def only_kw(*, a, b=2):
    return a, b
print(only_kw(a=1), only_kw(b=3, a=0))
try:
    only_kw(1)
except TypeError as e:
    print("TypeError", e)
