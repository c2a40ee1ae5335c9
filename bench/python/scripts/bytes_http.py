# A bytes-heavy parse of HTTP requests, as a job serving HTTP does it: split
# the head from the body, the request line, header lines partitioned on
# ':' and stripped, lower-cased names, a Content-Length, a path split on
# '?' and '&', a latin-1 decode, find/count/startswith on the raw bytes.
reqs = []
for i in range(64):
    head = (b"POST /api/v1/items/%d?page=%d&sort=name&q=abc%d HTTP/1.1\r\n"
            b"Host: example.test:8080\r\n"
            b"User-Agent: uniconf-bench/1.0 (x86_64)\r\n"
            b"Accept: application/json, text/plain;q=0.9\r\n"
            b"Accept-Encoding: gzip, deflate\r\n"
            b"Connection: keep-alive\r\n"
            b"X-Request-Id:   req-%08d  \r\n"
            b"Content-Type: application/json\r\n" % (i, i % 7, i, i * 7919))
    body = b'{"name": "item%d", "tags": ["a", "b"], "n": %d}' % (i, i)
    reqs.append(head + b"Content-Length: %d\r\n\r\n" % len(body) + body)

total = 0
hosts = 0
for rnd in range(700):
    for raw in reqs:
        end = raw.find(b"\r\n\r\n")
        head, body = raw[:end], raw[end + 4:]
        lines = head.split(b"\r\n")
        method, target, version = lines[0].split(b" ", 2)
        path, _, query = target.partition(b"?")
        params = {}
        for kv in query.split(b"&"):
            k, _, v = kv.partition(b"=")
            params[k] = v
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        n = int(headers[b"content-length"])
        if headers[b"host"].rpartition(b":")[2] == b"8080":
            hosts += 1
        if version.startswith(b"HTTP/1.") and path.endswith(b"items/" + path.rsplit(b"/", 1)[1]):
            total += n + body.count(b'"') + len(path.decode("latin-1"))
        if b"gzip" in headers[b"accept-encoding"] and raw.rfind(b"}") > end:
            total += params[b"page"].isdigit()
        total += len(headers[b"user-agent"].upper().replace(b"/", b"-").split())
print(total, hosts)
