# Targets of assignments, augmented assignments, deletions, for loops and
# comprehensions that cannot be assigned, as CPython reports them (message,
# line, offset), including its choice between "cannot assign to X" and
# "cannot assign to X here. Maybe you meant '==' instead of '='?" (when its
# grammar reads `TARGET = VALUE` as a mistyped comparison). '*x += 1' once
# crashed the compiler (found by fuzz_py): a starred target of an augmented
# assignment reached code generation.
CASES = ["1 = x", "1 = x = 2", "x = 1 = 2", "x = f() = 2", "f() = 1 if a else 2", "f() = not a", "f() = a < b",
"f() = -a", "-a = 1", "not a = 1", "... = 1", "f'{x}' = 1", "'s' = 1", "(yield) = 1", "a if b else c = 1",
"lambda: 1 = 1", "(x := 1) = 2", "a and b = 1", "f() = a = 1", "f() = *a", "f() = (yield)", "{1} = 2", "(x for x in y) = 1",
"f(), = 1", "a, f() = 1", "[f()] = 1", "x = 1 = y", "f() = 1 == 2", "f() = a | b", "f() = lambda: 1", "x = -a = 1",
"(a, f()) = 1", "a, f() = 1 = 2", "a, 1 = x", "a, f() = not x", "f() = a, b", "f() = *a, b", "f() = yield x", "(f()) = 1", "a, (f()) = 1", "[a, f()] = 1", "f() = a and b", "1 = x;", "None = 1", "True = 1",
"(a < b) = 1", "(lambda: 1) = 1", "(not a) = 1", "(a if b else c) = 1", "(a and b) = 1", "(None) = 1", "f() = not a and b", "f() = a if b else c",
"*x += 1", "x = 0\n*x += 1", "for i in range(3):*    t += 0.1", "(*x) += 1", "[*x] += 1", "(a, b) += 1", "f() += 1", "1 += 1",
"None += 1", "x + 1 += 1", "(x := 1) += 1", "lambda: 1 += 1", "del *x", "del (a, *b)", "del f()", "del 1", "del x + 1", "*x: int = 1", "*x: int",
"f() = 1", "x + 1 = 2", "a < b = 1", "[x for x in y] = 1", "{1: 2} = x", "*a = 1",
"*a, *b = 1, 2", "a, *b, c = range(5)", "x.y += 1", "x[0] += 1", "for f() in x: pass", "with a as f(): pass", "[x for f() in y]"]
for c in CASES:
    try:
        compile(c + "\n", "f", "exec")
        print("ok", repr(c))
    except SyntaxError as e:
        print(repr(c), "->", e.msg, e.lineno, e.offset)
