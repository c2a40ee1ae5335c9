# sys.exit(n) ends the program with status n; output before it is flushed; finally blocks run.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during exit")
print("never printed")
