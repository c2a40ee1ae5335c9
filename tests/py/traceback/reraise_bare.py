# py-test: traceback
# A bare "raise" in a handler re-raises the original with its original traceback.
def risky():
    return [][1]
try:
    risky()
except IndexError:
    print("logging and re-raising")
    raise
