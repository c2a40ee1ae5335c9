# py-test: expected
# cpython-too: yes
# cmd: -c "x = 1\nraise ValueError('from -c')"
# expect-status: 1
# expect-stderr: (?s)\ATraceback \(most recent call last\):\n  File "<string>", line 2, in <module>\n(.*\n)?ValueError: from -c\n\Z
# An uncaught exception under -c: traceback naming <string>, exit status 1.
