# ticker.py: a job of examples/multi. Ticks every `interval` ms and sends
# each tick to the server job; both jobs' lines interleave in tick order.
import socket
import time

import uniconf


def start(console, net):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server = ("127.0.0.1", uniconf.config.port)
    for tick in range(1, uniconf.config.ticks + 1):
        print("ticker: tick", tick)
        sock.sendto(b"tick %d" % tick, server)
        time.sleep(uniconf.config.interval / 1000)
    sock.sendto(b"quit", server)
    sock.close()
    print("ticker: done")
