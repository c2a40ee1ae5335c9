# py-test: traceback
# An AssertionError without a message prints just the type.
items = []
assert items is not None
assert len(items) > 0
