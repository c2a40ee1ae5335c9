# fine.py: a job that finishes while the other one has raised, and is told
# plainly that the xen target has no network device yet.
import socket
import time

print("fine: started")
# Beyond the loopback network there is nothing yet: the error says so.
try:
    socket.socket().connect(("10.0.0.1", 80))
except OSError as e:
    print("fine:", type(e).__name__, e)
time.sleep(0.05)
print("fine: done")
