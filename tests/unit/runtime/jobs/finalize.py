# A generator still suspended in a try block when the job ends is closed at
# exit, as on CPython: its finally block runs after the script's last line.
import time


def numbers():
    try:
        yield 1
        yield 2
    finally:
        time.sleep(0.001)  # blocking is allowed there
        print("generator closed")


g = numbers()
print("first", next(g))
print("job done")
