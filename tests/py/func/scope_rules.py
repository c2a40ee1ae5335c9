# LEGB lookup, UnboundLocalError, class bodies do not enclose methods.
x = "global"
def read():
    return x
def local():
    x = "local"
    return x
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError")
    x = 1
print(read(), local())
unbound()
class C:
    x = "class attr"
    def m(self):
        return x
    y = x + "!"
print(C().m(), C.y)
def builtin_shadow():
    len = lambda s: -1
    return len("abc")
print(builtin_shadow(), len("abc"))
def enclosing():
    v = "enclosing"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(enclosing())
