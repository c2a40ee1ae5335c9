# try/except/else/finally ordering in all combinations.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            raise KeyError("k")
        if kind == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append("except ValueError: %s" % e)
    except (KeyError, IndexError) as e:
        log.append("except lookup: %r" % (e,))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for k in ("none", "value", "key", "return"):
    print(k, run(k))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def finally_swallows():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "swallowed"
print(finally_swallows())

def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
