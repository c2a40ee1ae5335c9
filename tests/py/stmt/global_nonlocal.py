# global and nonlocal declarations.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print("counter", counter)

def make_global():
    global created_later
    created_later = "made inside a function"
make_global()
print(created_later)

def outer():
    x = 1
    def inc():
        nonlocal x
        x += 10
    inc(); inc()
    return x
print("nonlocal", outer())

def levels():
    a = "outer"
    def mid():
        a = "mid"
        def inner():
            nonlocal a
            a = "changed by inner"
        inner()
        return a
    return a, mid()
print(levels())

x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
