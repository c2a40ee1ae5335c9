# py-test: expected
# uniconf-args: -X heapsize=banana
# cmd: -c "print('must not run')"
# expect-status: nonzero
# expect-stderr: \A[^\n]*heapsize[^\n]*\n?\Z
# A malformed heap size is CLI misuse: one line on stderr naming the option, non-zero exit.
