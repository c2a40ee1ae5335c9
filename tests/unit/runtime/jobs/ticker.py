# With tocker.py: two jobs whose output interleaves by their sleeps.
import time

for i in range(3):
    print("tick", i)
    time.sleep(0.02)
