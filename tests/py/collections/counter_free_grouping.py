# Word frequency and grouping with collections types only (no Counter needed).
from collections import defaultdict, OrderedDict, namedtuple, deque
text = """the quick brown fox jumps over the lazy dog the fox barks"""
freq = defaultdict(int)
for w in text.split():
    freq[w] += 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
WordStat = namedtuple("WordStat", "word count first_pos")
first = OrderedDict()
for i, w in enumerate(text.split()):
    first.setdefault(w, i)
stats = [WordStat(w, freq[w], p) for w, p in first.items()]
print(stats[:3])
recent = deque(maxlen=4)
for w in text.split():
    recent.append(w)
print(list(recent))
