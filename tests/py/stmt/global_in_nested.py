# global declarations inside nested functions and in loops; module-level names created later.
def outer():
    def inner():
        global shared
        shared = "set by inner"
    inner()
    return shared
print(outer(), shared)
def counter():
    global calls
    try:
        calls += 1
    except NameError:
        calls = 1
    return calls
print(counter(), counter(), counter())
for i in range(2):
    def make():
        global made
        made = i
    make()
print(made)
