# With apart_b.py: each job's __main__ is its own module.
import time

shared = "a"
time.sleep(0.01)
print("a sees", shared, __name__)
