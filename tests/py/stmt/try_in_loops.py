# try/except/finally inside loops interacting with break, continue and return.
def process(items):
    out = []
    for x in items:
        try:
            if x is None:
                continue
            if x == "stop":
                break
            out.append(10 // x)
        except ZeroDivisionError:
            out.append("div0")
        except TypeError:
            out.append("type")
        finally:
            out.append("|")
    return out
print(process([1, None, 0, "s", 5, "stop", 7]))
def first_valid(items):
    for x in items:
        try:
            return int(x)
        except ValueError:
            continue
        finally:
            print("checked", x)
    return None
print(first_valid(["a", "b", "3", "4"]), first_valid([]))
