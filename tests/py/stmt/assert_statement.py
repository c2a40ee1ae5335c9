# assert passes silently or raises AssertionError with the message.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e.args))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError", e)
try:
    x = 5
    assert x < 3, "x is %d" % x
except AssertionError as e:
    print("AssertionError", e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print("message evaluated only on failure:", calls)
