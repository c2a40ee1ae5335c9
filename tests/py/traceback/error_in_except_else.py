# py-test: traceback
# An exception raised in a try's else block is not caught by that try's handlers.
def run():
    try:
        value = 1
    except ValueError:
        print("not reached")
    else:
        raise KeyError("raised in else")
run()
