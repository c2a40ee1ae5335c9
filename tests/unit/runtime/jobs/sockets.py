# The socket module over loopback; the same output under python3.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]


def serve():
    conn, addr = srv.accept()
    with conn:
        f = conn.makefile("rb")
        for line in f:
            conn.sendall(line.upper())


threading.Thread(target=serve).start()
c = socket.create_connection(("localhost", port))
c.sendall(b"hello\nworld\n")
buf = b""
while buf.count(b"\n") < 2:
    buf += c.recv(100)
print("echo", buf, c.getpeername() == ("127.0.0.1", port))
c.shutdown(socket.SHUT_WR)
print("eof", c.recv(100))
c.close()
print("closed fileno", c.fileno())
try:
    c.send(b"x")
except OSError as e:
    print("closed:", e.errno, e.strerror)

s = socket.socket()
s.settimeout(0.05)
print("timeout", s.gettimeout(), s.getblocking())
s.bind(("127.0.0.1", 0))
s.listen()
try:
    s.accept()
except socket.timeout as e:
    print("timed out:", e, type(e).__name__, isinstance(e, OSError))
s.setblocking(False)
print("non-blocking", s.gettimeout(), s.getblocking())
try:
    s.accept()
except BlockingIOError as e:
    print("would block:", e.errno)
closed_port = s.getsockname()[1]
s.close()

r = socket.socket()
try:
    r.connect(("127.0.0.1", closed_port))
except ConnectionRefusedError as e:
    print("refused:", e.errno, e.strerror, isinstance(e, OSError))
r.close()
r = socket.socket()
print("connect_ex", r.connect_ex(("127.0.0.1", closed_port)))
r.close()

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u1:
    u1.bind(("127.0.0.1", 0))
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2.sendto(b"ping", u1.getsockname())
    data, addr = u1.recvfrom(100)
    print("udp", data, addr[0], addr[1] == u2.getsockname()[1])
    u2.close()
print("with closed", u1.fileno())

print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_DGRAM)[0][4])
print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
try:
    socket.socket().connect(("127.0.0.1", 70000))
except OverflowError as e:
    print("OverflowError:", e)
try:
    socket.socket().connect("127.0.0.1")
except TypeError as e:
    print("TypeError:", e)
b = socket.socket()
b.bind(("127.0.0.1", 0))
b2 = socket.socket()
try:
    b2.bind(b.getsockname())
except OSError as e:
    print("in use:", e.errno, e.strerror)
print(b.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
b.close()
b2.close()

srv2 = socket.create_server(("127.0.0.1", 0))
port2 = srv2.getsockname()[1]


def lines():
    conn, _ = srv2.accept()
    f = conn.makefile("rw")
    f.write("first line\n")
    f.write("second line\n")
    f.flush()
    print("server got", repr(f.readline()))
    f.close()
    conn.close()


t = threading.Thread(target=lines)
t.start()
c = socket.create_connection(("127.0.0.1", port2), timeout=5)
f = c.makefile("r")
print("client got", [f.readline(), f.readline()])
c.sendall(b"thanks\n")
t.join()
print("then", repr(f.read()))
c.close()
srv2.close()
srv.close()
