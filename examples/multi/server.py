# server.py: a job of examples/multi. Receives the ticker job's datagrams
# on the loopback interface and prints them until "quit".
import socket

import uniconf


def start(console, net):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", uniconf.config.port))
    console.write("server: waiting on udp port %d\n" % uniconf.config.port)
    while True:
        data, _ = sock.recvfrom(512)
        if data == b"quit":
            break
        print("server: got", data.decode())
    sock.close()
    print("server: done")
