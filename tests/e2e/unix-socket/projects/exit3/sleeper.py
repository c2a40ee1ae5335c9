import time

time.sleep(0.05)
print("sleeper done")
