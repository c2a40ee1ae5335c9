# py-test: expected
# cpython-too: yes
# cmd: -c "import sys; print('bye'); sys.exit(5)"
# expect-status: 5
# sys.exit(5) under -c sets the exit status.
