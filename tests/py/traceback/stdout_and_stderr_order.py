# py-test: traceback
# Output written to stdout and stderr before the error, both compared.
import sys
print("step 1")
print("warning: about to fail", file=sys.stderr)
print("step 2")
raise RuntimeError("unexpected")
