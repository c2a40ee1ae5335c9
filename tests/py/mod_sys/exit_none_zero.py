# sys.exit() and sys.exit(None) and sys.exit(0) all mean success.
import sys
for arg in ((), (None,), (0,), (5,), ("text",)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
sys.exit()
