import time

time.sleep(0.01)
raise RuntimeError("late")
