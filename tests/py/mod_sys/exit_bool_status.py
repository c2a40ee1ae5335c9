# sys.exit(True) exits with status 1, sys.exit(False) with 0.
import sys
print("exiting with True")
sys.exit(True)
