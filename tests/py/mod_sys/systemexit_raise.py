# raise SystemExit(code) directly, catching and re-raising it; status comes from the code.
import sys
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught", e.code)
def cleanup():
    try:
        sys.exit(4)
    except Exception:
        print("SystemExit is not an Exception")
    finally:
        print("cleanup")
try:
    cleanup()
except BaseException as e:
    print(type(e).__name__, e.code)
raise SystemExit(2)
