# fine.py: a job that finishes while the other one has raised.
import time

print("fine: started")
time.sleep(0.05)
print("fine: done")
