# Sockets nobody closes are closed when they become garbage (on CPython by
# reference counting, in an image by the collector when sockets run out):
# opening many more than the socket table holds works.
import socket

for i in range(3000):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
print("opened 3000 sockets without closing them")
server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
for i in range(1500):
    c = socket.create_connection(("127.0.0.1", port))
    conn, _ = server.accept()
print("and 1500 connections")
