# py-test: traceback
# A frame of a lambda is named <lambda>.
convert = lambda s: float(s)
print(convert("1.5"))
print(convert("one"))
