# py-test: traceback
# An exception inside a with block: __exit__ runs (prints) and does not suppress it.
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False
with Managed():
    raise ValueError("inside with")
