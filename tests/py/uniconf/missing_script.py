# py-test: expected
# cpython-too: yes
# cmd: /nonexistent/dir/no_such_script.py
# expect-status: nonzero
# expect-stderr: \A[^\n]*no_such_script\.py[^\n]*\n?\Z
# A script that does not exist: one line on stderr naming it, non-zero exit.
