# isinstance checks on caught exceptions and re-raising a different type keeps context.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("cannot convert %r" % s) from e
for s in ("12", "x1"):
    try:
        print(convert(s))
    except TypeError as e:
        print(e, "<-", e.__cause__)
errors = []
for v in (1, 0, "a", None):
    try:
        10 / v
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
print(isinstance(ValueError("x"), Exception), isinstance(SystemExit(), Exception))
