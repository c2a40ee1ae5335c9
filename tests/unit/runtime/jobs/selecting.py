# select() and poll() over sockets; the same output under python3.
import select
import socket
import threading
import time

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
r, w, x = select.select([srv], [], [], 0.02)
print("nothing yet", r, w, x)


def client():
    time.sleep(0.01)
    c = socket.create_connection(("127.0.0.1", port))
    time.sleep(0.01)
    c.sendall(b"data")
    time.sleep(0.01)
    c.close()


threading.Thread(target=client).start()
r, w, x = select.select([srv], [], [], 5)
print("acceptable", r == [srv])
conn, _ = srv.accept()
r, w, x = select.select([conn], [conn], [])
print("writable first", r, w == [conn])
r, w, x = select.select([conn], [], [], 5)
print("readable", r == [conn], conn.recv(10))

p = select.poll()
p.register(conn, select.POLLIN)
events = p.poll(5000)
print("poll", [(fd == conn.fileno(), ev & select.POLLIN != 0) for fd, ev in events],
      conn.recv(10))
p.unregister(conn)
print("empty poll", p.poll(10))
p.register(conn.fileno(), select.POLLOUT)
print("poll out", [ev & select.POLLOUT != 0 for fd, ev in p.poll(0)])
conn.close()
srv.close()
start = time.monotonic()
print("select sleeps", select.select([], [], [], 0.02), time.monotonic() - start >= 0.015)
