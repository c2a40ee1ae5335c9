# json.loads of all value kinds, whitespace, unicode escapes, surrogate pairs, big numbers.
import json
for s in ['null', 'true', 'false', '0', '-12', '1.5', '1e3', '-0.0', '1E-2', '12345678901234567890123',
          '"s"', '""', '[]', '{}', ' [1, "a", null, true] ', '{"a": {"b": [1, 2, {"c": null}]}}',
          '"\\u00e9\\u4e2d\\ud83d\\ude00"', '"\\n\\t\\"\\\\\\/\\b\\f\\r"', 'NaN', 'Infinity', '-Infinity',
          '{"dup": 1, "dup": 2}', '[1.0, 100.0, 1e400]']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
print(json.loads(b'{"bytes": 1}'), json.loads('"caf\u00e9"'))
