# time, os and errors; the same output under python3.
import os
import time

t0 = time.monotonic()
time.sleep(0.01)
t1 = time.monotonic()
print("monotonic", t1 - t0 >= 0.009, time.monotonic_ns() > 0, time.perf_counter() > 0)
print("time", time.time() > 1.6e9, abs(time.time_ns() / 1e9 - time.time()) < 1)
print(time.gmtime(0))
print(time.gmtime(1700000000)[:6], time.gmtime(1700000000).tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", time.gmtime(951782400)))
print(time.asctime(time.gmtime(0)), time.mktime(time.gmtime(86400)) - time.mktime(time.gmtime(0)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print("getenv", os.getenv("UNICONF_NO_SUCH_VARIABLE"), os.getenv("UNICONF_NO_SUCH", "dflt"))
print("urandom", len(os.urandom(16)), type(os.urandom(0)).__name__)
print("strerror", os.strerror(2), "|", os.strerror(111))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(os.sep, os.name)
