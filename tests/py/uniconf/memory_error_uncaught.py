# py-test: expected
# uniconf-args: -X heapsize=2M
# expect-status: 1
# expect-stderr: (?s)\ATraceback \(most recent call last\):\n  File "[^"]*memory_error_uncaught.py", line 7, in <module>\n.*^MemoryError\n\Z
# An uncaught MemoryError ends the program with a traceback (naming the line) and exit status 1.
print("before")
table = [None] * 10 ** 8
print("never printed")
