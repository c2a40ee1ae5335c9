# py-test: traceback
# An exception message with non-ASCII text is printed as UTF-8.
raise ValueError("ungültige Größe: 日本 ✓")
