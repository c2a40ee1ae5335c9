# A recursive-descent parser and evaluator for arithmetic with variables, and its error reports.
import re
TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%()=]))")
class ParseError(Exception):
    pass
def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ParseError("bad character %r at %d" % (src[pos], pos))
        num, name, op = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    out.append(("end", None))
    return out
class Parser:
    def __init__(self, src, env):
        self.toks, self.i, self.env = tokenize(src), 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, val=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (val and tok[1] != val):
            raise ParseError("expected %s, got %r" % (val or kind, tok[1]))
        self.i += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            return self.take()[1]
        if kind == "name":
            self.take()
            if val not in self.env:
                raise ParseError("unknown variable " + val)
            return self.env[val]
        self.take("op", "(")
        v = self.expr()
        self.take("op", ")")
        return v
env = {}
for line in ["x = 3", "y = x * (2 + 4) - 1", "y ** 2 / 7", "-2 ** 2", "2 ** 3 ** 2", "z + 1", "10 % 4 * 2.5",
             "(1 + 2", "3 $ 4", "x = x + 0.5", "x / 0"]:
    try:
        print("%-22s => %r" % (line, Parser(line, env).statement()))
    except (ParseError, ZeroDivisionError) as e:
        print("%-22s => error: %s: %s" % (line, type(e).__name__, e))
print(sorted(env.items()))
