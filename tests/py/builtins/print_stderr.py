# print to sys.stderr and sys.stdout.write; stderr output is compared exactly too.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
n = sys.stdout.write("written\n")
print("write returned", n)
sys.stderr.write("stderr write\n")
print("done")
