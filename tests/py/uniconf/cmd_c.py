# py-test: expected
# cpython-too: yes
# cmd: -c "import sys; print('argv', sys.argv); print(6 * 7)" first "second arg"
# -c CODE runs CODE; sys.argv is ['-c'] followed by the remaining arguments.
