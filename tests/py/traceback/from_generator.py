# py-test: traceback
# An exception raised inside a generator shows the generator's frame.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")
for n in numbers():
    print("got", n)
