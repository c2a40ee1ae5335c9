# threading as cooperative tasks; the same output under python3 (threads).
import threading
import time

lock = threading.Lock()
results = []


def worker(n):
    for i in range(3):
        with lock:
            results.append((n, i))
        time.sleep(0.001)


workers = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print("workers", sorted(results) == [(n, i) for n in range(4) for i in range(3)],
      [t.is_alive() for t in workers])

event = threading.Event()


def setter():
    time.sleep(0.01)
    event.set()


threading.Thread(target=setter).start()
print("event", event.wait(5.0), threading.Event().wait(0.01))

cond = threading.Condition()
items = []


def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("consumed", items.pop())


c = threading.Thread(target=consumer)
c.start()
time.sleep(0.005)
with cond:
    items.append(42)
    cond.notify()
c.join()

rlock = threading.RLock()
with rlock:
    with rlock:
        print("rlock reentrant")
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.BoundedSemaphore(2)
inside = []
most = []


def limited(n):
    with sem:
        inside.append(n)
        most.append(len(inside))
        time.sleep(0.002)
        inside.remove(n)


limited_threads = [threading.Thread(target=limited, args=(n,)) for n in range(4)]
for t in limited_threads:
    t.start()
for t in limited_threads:
    t.join()
print("semaphore", max(most), len(most))
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

lock2 = threading.Lock()
lock2.acquire()
print("try", lock2.acquire(False), lock2.acquire(True, 0.01), lock2.locked())
lock2.release()
try:
    lock2.release()
except RuntimeError as e:
    print("RuntimeError:", e)

local = threading.local()
local.x = "main"


def show_local():
    local.x = "thread"


t = threading.Thread(target=show_local)
t.start()
t.join()
print("local", local.x)

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
named = threading.Thread(target=lambda: None, name="named")
print(named.name, named.daemon, named.is_alive())
try:
    named.join()
except RuntimeError as e:
    print("RuntimeError:", e)
named.start()
named.join()
try:
    named.start()
except RuntimeError as e:
    print("RuntimeError:", e)

timer_calls = []
timer = threading.Timer(0.005, timer_calls.append, args=("fired",))
timer.start()
timer.join()
cancelled = threading.Timer(10, timer_calls.append, args=("cancelled",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print("timers", timer_calls)


def bad():
    raise KeyError("from a thread")


t = threading.Thread(target=bad, name="badthread")
t.start()
t.join()


def forever():
    while True:
        time.sleep(1)


threading.Thread(target=forever, daemon=True).start()


def late():
    time.sleep(0.02)
    print("late thread done")


threading.Thread(target=late).start()
print("main done")
