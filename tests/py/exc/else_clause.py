# try/else runs only without exception, and exceptions in else are not caught by the same try.
def f(fail_in_try, fail_in_else):
    try:
        if fail_in_try:
            raise ValueError("try")
    except ValueError as e:
        return "handled " + str(e)
    else:
        if fail_in_else:
            raise ValueError("else")
        return "else ran"
    finally:
        print("finally", fail_in_try, fail_in_else)
print(f(False, False))
print(f(True, False))
try:
    f(False, True)
except ValueError as e:
    print("escaped from else:", e)
