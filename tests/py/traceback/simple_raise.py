# py-test: traceback
# An uncaught exception at module level: one frame, message, exit status 1.
print("output before the error is kept")
raise ValueError("something went wrong")
