# fail.py: prints, then raises two calls deep.
def parse(text):
    return int(text)


def start(console):
    console.write("parsing\n")
    parse("forty-two")
