# json.loads errors: JSONDecodeError (a ValueError) with position information.
import json
bad = ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', 'nul', '"unterminated', "{'single': 1}", '[1] x',
       '{"a": }', '01', '1.', '.5', '"\\x"', '[', '{"k": [1, 2}', 'tru', '-', '"\t"']
for s in bad:
    try:
        json.loads(s)
        print(repr(s), "accepted")
    except json.JSONDecodeError as e:
        print(repr(s), "->", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads('{\n  "a": 1,\n  "b": ]\n}')
except ValueError as e:
    print(type(e).__name__, e)
