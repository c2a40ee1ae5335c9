# py-test: expected
# cmd: --no-such-option-xyz
# expect-status: nonzero
# expect-stderr: \A[^\n]*no-such-option-xyz[^\n]*\n?\Z
# An unknown option is CLI misuse: one line on stderr naming it, non-zero exit.
