# pass in every block position; empty classes and functions.
def f():
    pass
class C:
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class Ctx:
    def __enter__(self):
        pass
    def __exit__(self, *exc):
        pass
with Ctx() as got:
    pass
print(f(), C.__name__, _, got)
