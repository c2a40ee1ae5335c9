# http_server.py: the job of examples/http. An HTTP/1.1 server with
# keep-alive: "/" is a page, "/api/status" JSON, anything else 404; a
# malformed request gets 400 and its connection is closed, and the server
# carries on. Each client is handled by a thread: a real thread under
# python3, a cooperative task in a unikernel, with the same code.
#
#   python3 http_server.py [PORT [ADDRESS]]
import json
import socket
import sys
import threading
import time



def setting(name, position, default):
    """A config key of the image; elsewhere (python3, uniconf-python) the
    command line argument at POSITION, or DEFAULT."""
    try:
        import uniconf

        if name in uniconf.config:
            return uniconf.config[name]
    except ImportError:
        pass
    return type(default)(sys.argv[position]) if len(sys.argv) > position else default


PORT = setting("port", 1, 8080)
ADDRESS = setting("address", 2, "0.0.0.0")

MAX_HEAD = 8192  # bytes of request line and headers
STARTED = time.monotonic()
REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
           413: "Content Too Large", 431: "Request Header Fields Too Large"}
PAGE = (b"<!DOCTYPE html>\n<html><head><title>uniconf</title></head>\n"
        b"<body><h1>Hello from a unikernel</h1>\n"
        b"<p>This page is served by a Python job. Try <a href=\"/api/status\">"
        b"/api/status</a>.</p></body></html>\n")


class Stats:
    """What /api/status reports; one lock, as threads really run at once
    under python3."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.bad_requests = 0
        self.connections = 0

    def count(self, field):
        with self.lock:
            setattr(self, field, getattr(self, field) + 1)


stats = Stats()


class BadRequest(Exception):
    def __init__(self, status, why):
        Exception.__init__(self, why)
        self.status = status


def parse_head(head):
    """(method, path, version, content length, connection) of a request
    head (text), or BadRequest."""
    lines = head.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[0].isalpha() or not parts[1].startswith("/"):
        raise BadRequest(400, "bad request line")
    method, path, version = parts
    if version != "HTTP/1.1" and version != "HTTP/1.0":
        raise BadRequest(400, "unknown version")
    length = "0"
    connection = ""
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise BadRequest(400, "bad header line")
        name = name.lower()
        if name == "content-length":
            length = value.strip()
        elif name == "connection":
            connection = value.strip().lower()
    if not length.isdigit():
        raise BadRequest(400, "bad content-length")
    if int(length) > 1 << 20:
        raise BadRequest(413, "body too large")
    return method, path, version, int(length), connection


def response(status, body, content_type, keep_alive, head_only=False):
    head = ("HTTP/1.1 %d %s\r\nServer: uniconf-http\r\nContent-Type: %s\r\n"
            "Content-Length: %d\r\nConnection: %s\r\n\r\n"
            % (status, REASONS.get(status, "Unknown"), content_type, len(body),
               "keep-alive" if keep_alive else "close")).encode("ascii")
    return head if head_only else head + body


def status_body():
    with stats.lock:
        report = {"server": "uniconf-http", "requests": stats.requests,
                  "bad_requests": stats.bad_requests, "connections": stats.connections,
                  "threads": threading.active_count(),
                  "uptime": round(time.monotonic() - STARTED, 3)}
    return json.dumps(report).encode()


def route(method, path):
    """(status, body, content type) for a request."""
    if method != "GET" and method != "HEAD":
        return 405, b"method not allowed\n", "text/plain"
    path = path.split("?", 1)[0]
    if path == "/":
        return 200, PAGE, "text/html; charset=utf-8"
    if path == "/api/status":
        return 200, status_body(), "application/json"
    return 404, b"not found\n", "text/plain"


def handle(conn):
    """Serves requests on CONN until the client closes or errs. What comes
    in is kept as text: heads are ASCII (a stray byte becomes one U+FFFD, so
    lengths in characters are lengths in bytes)."""
    stats.count("connections")
    received = ""
    with conn:
        while True:
            end = received.find("\r\n\r\n")
            while end < 0:
                if len(received) > MAX_HEAD:
                    stats.count("bad_requests")
                    conn.sendall(response(431, b"header too large\n", "text/plain", False))
                    return
                data = conn.recv(65536)
                if not data:
                    return
                received += data.decode("ascii", "replace")
                end = received.find("\r\n\r\n")
            head = received[:end]
            received = received[end + 4:]
            try:
                method, path, version, length, connection = parse_head(head)
            except BadRequest as e:
                stats.count("bad_requests")
                conn.sendall(response(e.status, (str(e) + "\n").encode(), "text/plain", False))
                return
            while len(received) < length:  # a body is read and dropped
                data = conn.recv(65536)
                if not data:
                    return
                received += data.decode("ascii", "replace")
            received = received[length:]
            keep_alive = (connection != "close" if version == "HTTP/1.1"
                          else connection == "keep-alive")
            stats.count("requests")
            status, body, content_type = route(method, path)
            conn.sendall(response(status, body, content_type, keep_alive, method == "HEAD"))
            if not keep_alive:
                return


def client(conn):
    try:
        handle(conn)
    except OSError:
        pass  # a client that went away


def main():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((ADDRESS, PORT))
    server.listen(128)
    print("http: listening on http://%s:%d/" % server.getsockname(), flush=True)
    while True:
        try:
            conn, _ = server.accept()
        except OSError:
            time.sleep(0.01)  # out of sockets: let clients finish
            continue
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            threading.Thread(target=client, args=(conn,), daemon=True).start()
        except RuntimeError:
            conn.close()  # out of threads (tasks): refuse this client


if __name__ == "__main__":
    main()
