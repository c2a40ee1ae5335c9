# py-test: traceback
# A traceback through several function frames, oldest first.
def parse(text):
    return int(text)
def load(values):
    out = []
    for v in values:
        out.append(parse(v))
    return out
def main():
    print("loading")
    total = sum(load(["1", "2", "three"]))
    print(total)
main()
