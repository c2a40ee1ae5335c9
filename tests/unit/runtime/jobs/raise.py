# An uncaught exception: a traceback with this file's lines, status 1.
def inner(x):
    return 10 // x


print("before")
inner(0)
print("never")
