# dumps/loads round trip of nested documents and float values; object_hook and parse hooks.
import json
doc = {"ints": [0, -1, 2 ** 62, 10 ** 30], "floats": [0.1, 1 / 3, 1e-300, 123456.789, -0.0],
       "text": ["", "ascii", "ünï", "\x00\x1f", "😀"], "nested": [[[[]]], {"a": {"b": {}}}],
       "bools": [True, False, None]}
s = json.dumps(doc)
back = json.loads(s)
print(back == doc, s)
print(json.loads(json.dumps(doc, indent=3, sort_keys=True)) == doc)
def hook(d):
    return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', object_hook=hook))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
