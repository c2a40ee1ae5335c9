# Without arguments, sys.argv has just the script path.
import sys
print(len(sys.argv), sys.argv[0].rsplit("/", 1)[-1])
