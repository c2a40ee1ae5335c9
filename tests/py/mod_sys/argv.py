# sys.argv holds the script path and its arguments.
# args: first "second arg" --flag=3 ''
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith("argv.py"), type(sys.argv).__name__)
