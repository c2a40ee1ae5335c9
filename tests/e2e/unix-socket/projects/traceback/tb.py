# tb.py: raises three calls deep from its top level, so that python3 runs
# it unchanged; the image's traceback, source lines included, must be the
# one python3 prints (each failing line is a whole statement: CPython 3.11
# marks no column range under it).
def parse(text):
    int(text)


class Reader:
    def read(self, text):
        "Reads TEXT (a docstring: line numbers stay right)."
        parse(text.strip())


print("reading")
Reader().read(" forty-two ")
