# py-test: traceback
# An exception passing through finally blocks: they run (their output shows), then the traceback.
def inner():
    try:
        raise ValueError("inner failure")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
