# Errors of the tokenizer as CPython reports them (type, message, line,
# offset, text): NUL bytes, control characters, a stray line continuation,
# unterminated strings, number literals, brackets, indentation and TabError;
# and NUL bytes given to compile, exec and eval.
CASES = [
    "x=1\ny = \0 2\n", "\0", "x = 1 # \0\n", 'x = "a\0b"\n',
    "x = \x01\n", "x = \x7f\n", "x = 1 \x1b 2\n", "\x02",
    "\\x\n", "x = 1\n\\ y\n", "x = \\\n  1\nprint(x)\n",
    'x = "abc\n', "x = 'abc", "x = '''abc", "x = '''abc\n", "x = '''abc\n\n",
    "x='''\n'''\n'''", "x = 'a' 'b\n",
    "x = 1_\n", "x = 0777\n", "x = 1e\n", "0b12\n", "1__0\n", "x = 0x\n", "x = 5abc\n",
    ")\n", "(]\n", "x = (\n", "(\n", "x = $\n", "x = = 1\n", "def f(:\n",
    "  x = 1\n", "if 1:\n x\n  y\n", "if 1:\n\tx\n\t\ty\n", "if 1:\n  x\n      y\n",
    "x\n    y\n", "if 1:\n    x\n  y\n", "if 1:\n\tx\n  y\n", "if 1:\n  x\n\ty\n",
    "if 1:\n        x\n\ty\n", "if 1:\n\tx\n        y = 1\n", "if 1:\n\tif 2:\n\t\tx\n\ty\n",
    "if 1:\n\tx\n        y\n", "if 1:\n  \fx\n", "if 1:\n\tx = 1\n\ty = 2\n",
    "".join(" " * i + "if 1:\n" for i in range(120)),
]
for src in CASES:
    try:
        compile(src, "f", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))

for name, f in (("compile", lambda s: compile(s, "f", "exec")), ("exec", exec), ("eval", eval)):
    for src in ["x=1\ny = \0 2\n", "\0", b"x = 1\0", b"1 + 2"]:
        try:
            print(name, repr(f(src))[:20])
        except SyntaxError as e:
            print(name, type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
