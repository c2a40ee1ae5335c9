# Argument binding for generator functions happens at call time; errors too.
def gen(a, b=2, *rest, k=None):
    yield a
    yield b
    yield rest
    yield k
print(list(gen(1)), list(gen(1, 3, 4, 5, k="K")))
try:
    gen()
except TypeError as e:
    print("TypeError", e)
g = gen(1, 2)
print(type(g).__name__)
