# sys.stdout and sys.stderr objects: write, print(file=), flush.
import sys
sys.stdout.write("a")
sys.stdout.write("b\n")
sys.stdout.flush()
sys.stderr.write("err line\n")
print("via print", file=sys.stderr)
out = sys.stdout
print("same object", out is sys.stdout)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "flush"))
