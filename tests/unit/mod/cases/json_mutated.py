# json: 3000 mutations of valid documents through loads: the same values, or the same JSONDecodeError messages and
# positions, as CPython. From a fixed-seed generator.
import json, random
r = random.Random(7)
base = ['{"a": [1, 2.5, -3e10, true, false, null, "x\\u00e9\\n"], "b": {"c": []}}', '[1, [2, [3, {"k": "v"}]], "\\ud83d\\ude00"]', '"str\\"ing"', '12.5e-3', '{"x":{"y":{"z":[0,-0,1E+2]}}}']
chars = '{}[],:"\\ 0123456789.eE+-tfnaulsrxu\n\t\x01é'
for i in range(3000):
    s = list(r.choice(base))
    for _ in range(r.randint(1, 4)):
        k = r.random()
        pos = r.randrange(len(s) + 1)
        if k < 0.4 and s:
            del s[min(pos, len(s) - 1)]
        elif k < 0.8:
            s.insert(pos, r.choice(chars))
        elif s:
            s[min(pos, len(s) - 1)] = r.choice(chars)
    t = "".join(s)
    try:
        print(repr(t), repr(json.loads(t)))
    except json.JSONDecodeError as e:
        print(repr(t), "E", e)
    except RecursionError:
        print(repr(t), "R")
