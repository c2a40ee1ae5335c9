# Closures capture variables, not values; cells shared between closures.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc()
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
print(make_counter.__closure__, len(inc.__closure__))
