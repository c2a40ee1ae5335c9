import time

time.sleep(0.01)
for i in range(3):
    print("tock", i)
    time.sleep(0.02)
