# json: decode errors and positions, bytes in UTF-8/16/32, hooks, every dumps option on every type, circular and deep documents, JSONEncoder subclasses.
import json, io, collections
def t(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, RecursionError) as e:
        print(type(e).__name__, e)
docs = ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', 'nul', '"unterminated', "{'single': 1}", '[1] x',
        '{"a": }', '01', '1.', '.5', '"\\x"', '[', '{"k": [1, 2}', 'tru', '-', '"\t"', '"\\u12"', '"\\u12zz"',
        '"\\ud800"', '"\\ud800\\u0041"', '{', '{"a"', '{"a":', '{"a":1', '[1', '[1,', '"abc\\', ' \ufeff1', '\ufeff1',
        '1e5x', '-Infinity', '-infinity', 'NaNx', '[NaN, Infinity]', '{"é": "ü" , 3}', '"é\\q"', '1.5e', '1E+2', '-0',
        '-01', '[-]', '{"a":1}}', '  ', '"\x7f\x00"', '"a\\/b"', '1' * 30, '1.' + '1' * 30, '1e400', '-1e400',
        '123.456e-5', '\n\n  [1,\n 2,\n x]', '{"a": [1, {"b": 2}], "c": {"d": [[], {}]}}', '[[[[[[[[[[]]]]]]]]]]',
        '"\\u00e9\\ud83d\\ude00\\n"', '9007199254740993', '-9223372036854775808', '1E400', '0.1e1', '"tab\\tq\\"s"']
for s in docs:
    try:
        print(repr(s), "=", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e.msg, e.pos, e.lineno, e.colno, str(e))
for b in [b'"a"', b'\xef\xbb\xbf"a"', b'\xff\xfe"\x00\xe9\x00"\x00', b'"\x00\xe9\x00"\x00',
          b'\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"', b'\x00"\xd8=\xde\x00\x00"',
          b'\xff\xfe\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00', bytearray(b'[1]')]:
    t(lambda: json.loads(b))
t(lambda: json.loads(5))
t(lambda: json.loads('{"a": 1, "b": [1, {"c": null}]}', object_pairs_hook=list))
t(lambda: json.loads('[1, 2.5, NaN]', parse_constant=lambda c: "C" + c))
t(lambda: json.JSONDecodeError("m", "ab\ncd", 4).__reduce__())
e = json.JSONDecodeError("m", "ab\ncd", 4)
print(e.args, str(e), e.lineno, e.colno)
t(lambda: json.JSONDecoder().decode('[1]'))
t(lambda: json.JSONDecoder().raw_decode('[1] xx'))
t(lambda: json.JSONDecoder().raw_decode('xx [1]', 3))
t(lambda: json.loads('"\x01"', strict=False))
t(lambda: json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
t(lambda: json.loads('[1.5]', parse_float=float))
t(lambda: json.loads('[15]', parse_int=float))
vals = [None, True, False, 0, -5, 10**20, 1.5, 1e100, 1e-7, 0.1, -0.0, 1e16, 123456789012345678.0, "s", "", [], {},
        [1, "a", None], (1, 2), {"k": [1, {"n": None}]}, {1: 1, 2.5: 2, True: 3, None: 4, -0.0: 5},
        "é\u2028\x7f😀\x00\x1f\b\f\n\r\t\"\\/", [[[]]], {"a": {}}, 3.0, float("inf")]
for v in vals:
    for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "indent": "\t"},
               {"separators": (",", ":")}, {"indent": 0}, {"indent": -1}):
        t(lambda: json.dumps(v, **kw))
t(lambda: json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=3))
t(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
t(lambda: json.dumps({(1,): 1, "a": 2}, skipkeys=True, indent=2))
t(lambda: json.dumps({(1,): 1}, skipkeys=True, indent=2))
t(lambda: json.dumps({(1,): 1}, skipkeys=True))
t(lambda: json.dumps({"x": float("nan")}, allow_nan=False))
t(lambda: json.dumps({float("nan"): 1}))
l = []
l.append(l)
t(lambda: json.dumps(l))
d = {}
d["d"] = d
t(lambda: json.dumps(d))
class O:
    pass
o = O()
t(lambda: json.dumps(o, default=lambda x: o))
t(lambda: json.dumps([o], default=lambda x: [1, 2]))
t(lambda: json.dumps(o, default=lambda x: {"o": [x.__class__.__name__]}, indent=1))
class E(json.JSONEncoder):
    def default(self, o):
        return "custom:" + type(o).__name__
t(lambda: json.dumps([1, O(), {2, 3}], cls=E))
t(lambda: E(indent=2).encode({"a": [O()]}))
t(lambda: json.JSONEncoder().encode("é"))
t(lambda: json.dumps([1], separators=(";", "=")))
t(lambda: json.dumps({"a": [1, 2]}, indent=2, separators=(",", ": ")))
class S(str):
    pass
class F(float):
    def __repr__(self):
        return "F!"
t(lambda: json.dumps([S("x"), F(2.5), {S("k"): 1}, {F(1.5): 2}]))
buf = io.StringIO()
json.dump({"a": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
t(lambda: json.load(io.StringIO('{"z": [true]}'), object_hook=dict))
t(lambda: json.dumps(collections.OrderedDict([("b", 1), ("a", 2)])))
t(lambda: json.dumps("x" * 5, ensure_ascii=False))
deep = []
for i in range(3000):
    deep = [deep]
t(lambda: len(json.dumps(deep)))
t(lambda: len(json.loads("[" * 5000 + "]" * 5000)))
t(lambda: len(json.loads('{"a":' * 5000 + '1' + '}' * 5000)))
