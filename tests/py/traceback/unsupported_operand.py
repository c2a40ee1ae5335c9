# py-test: traceback
# TypeError from mixing str and int.
count = 3
message = "items: " + count
