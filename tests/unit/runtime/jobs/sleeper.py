# Sleeps until SIGTERM stops the image.
import time

print("sleeping")
time.sleep(30)
print("woke up")
