# Build a word index of a text: normalise, count, line numbers, concordance, and sorted output.
import re
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
STOP = {"it", "was", "the", "of"}
index = {}
for n, line in enumerate(TEXT.splitlines(), 1):
    for m in re.finditer(r"[A-Za-z]+", line):
        w = m.group().lower()
        if w in STOP:
            continue
        index.setdefault(w, []).append((n, m.start()))
for w in sorted(index, key=lambda w: (-len(index[w]), w)):
    print("%-12s %d  lines %s" % (w, len(index[w]), sorted({n for n, _ in index[w]})))
def concordance(word, width=12):
    for n, line in enumerate(TEXT.splitlines(), 1):
        for m in re.finditer(r"\b%s\b" % re.escape(word), line, re.I):
            left = line[max(0, m.start() - width):m.start()].rjust(width)
            right = line[m.end():m.end() + width].ljust(width)
            print("%d: %s[%s]%s" % (n, left, m.group(), right))
concordance("age")
concordance("times")
