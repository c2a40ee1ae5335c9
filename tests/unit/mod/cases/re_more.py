# re: many patterns over many subjects (findall/sub/split/match/fullmatch/finditer, spans, groups, lastindex), bad patterns and their messages, templates, flags, repr.
import re
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
pats = [r"a", r"a*", r"a+?", r"(a|b)*c", r"(a*)*b", r"(a*)+", r"(a|)+", r"(?:a|b)+?b", r"x*", r"", r"^", r"$", r"\b", r"\B",
        r"(\w+)\s(\w+)", r"(?P<k>\w+)=(?P<v>[^;]*)", r"[^\W\d]+", r"[\s\S]", r"(?i)[a-c]+", r"(?i)K", r"(?i)ß", r"(?i)[k]",
        r"(a)(?(1)b|c)", r"(a)?(?(1)b|c)", r"(?=a)", r"(?<=a)b", r"(?<!a)b", r"(?>a+)b", r"a++b", r"a{2,3}?", r"a{,2}", r"(ab){2}", r"(?:(a)|b)+",
        r"((a)|b)+", r"(a)|(b)", r"\d+\.\d*", r".", r"(?s).", r"(?m)^\w", r"(?m)\w$", r"\Aa|b\Z", r"(?x) a  b # c", r"[]]", r"[^]]+", r"[a\-z]",
        r"(?i)straße", r"\u00e9", r"[\u00e0-\u00ff]+", r"(\w)\1", r"(?i)(\w)\1", r"(?P<x>a)(?P=x)", r"a|ab|abc", r"(a+)(a+)", r"(a+?)(a+)",
        r"(?:x|y)*?z", r"\W+", r"[\d\s]+", r"(?a)\w+", r"(?u)\w+", r"\S+@\S+", r"(.)(?=(.))", r"(?<=(a))b", r"((?<=a)b)+", r".*?(\d+)", r"(a|b|c)*?c"]
subjects = ["", "a", "aaa", "ab", "abc", "aab", "baaac", "xaxbx", "a=1;bb=22;c=", "Hello World 42", "Straße STRASSE straße", "KkK k", "éÉàÿ", "line1\nline2\n", "aaaaab", "abab", "z", "xyxyz", "a b c", "tést@exämple.com x", "Ölçü 12.5 ok"]
for p in pats:
    r = re.compile(p)
    for s in subjects:
        try:
            m = r.search(s)
            out = [p, s, r.findall(s), r.sub("<\\g<0>>", s), r.split(s)[:8]]
            if m: out += [m.span(), m.groups(), m.lastindex, m.lastgroup, m.groupdict(), [m.span(i) for i in range(r.groups + 1)]]
            mm = r.match(s); fm = r.fullmatch(s)
            out += [mm and mm.span(), fm and fm.span(), [x.span() for x in r.finditer(s)][:6]]
            print(out)
        except Exception as e:
            print(p, s, type(e).__name__, e)
bad = ["(", "a)", "[a-", "*", "a{2,1}", "(?P<n>a)(?P<n>b)", "\\", "(?<=a+)b", "a**", "(?P<1>a)", r"\8", r"(a)\2", r"(a\1)", "[z-a]", r"\q", r"\x4", "(?(1)a|b)", "(a)(?(1)a|b|c)", "(?", "(?P", "(?P<", "(?P<a", "(?z)", "(?i-i:a)", "(?a-u:x)", "(?L)x", "a(?i)b", "(?<n>a)", "[", "[^", "a|*", "x{2}{3}", "(?#abc", "(?P=zz)", "(?iq)", "\\1", r"[\A]", "(?P<a b>x)", "a\nb)"]
for p in bad:
    try:
        re.compile(p); print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "re.error", e.msg, e.pos, str(e))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
t(lambda: re.sub("a", lambda m: 5, "a"))
t(lambda: re.sub("a", lambda m: None, "aba"))
t(lambda: re.sub("(a)", r"\g<x>", "a"))
t(lambda: re.sub("(a)", r"\g<2>", "a"))
t(lambda: re.sub("(a)", r"\g", "a"))
t(lambda: re.sub("(a)", r"\q", "a"))
t(lambda: re.sub("(a)", "\\", "a"))
t(lambda: re.sub("(a)", r"\g<1", "a"))
t(lambda: re.sub(b"(a)", rb"[\1\n]", b"a"))
t(lambda: re.sub("(a)", r"[\1\n\101\0]", "a"))
t(lambda: re.compile("(a)").match("a").expand(r"\1\\\0"))
t(lambda: re.match("a", "a").group(1)); t(lambda: re.match("a", "a").group("x")); t(lambda: re.match("(?P<x>a)", "a").start("y"))
t(lambda: re.match("a", "abc", 1)); t(lambda: re.compile("a").match("abc", 5)); t(lambda: re.compile("c").search("abc", 1, 100)); t(lambda: re.compile("c").search("abc", 2, 1))
t(lambda: re.compile("^b").search("ab", 1)); t(lambda: re.compile("b$").search("abc", 0, 2)); t(lambda: re.compile(r"\bb").search("ab", 1))
t(lambda: repr(re.compile("x" * 300)))
t(lambda: re.compile(r"(?i)a", re.M)); t(lambda: re.compile(b"a", re.I)); t(lambda: re.compile("a", re.A)); t(lambda: re.compile("a", re.I | re.S | re.X))
t(lambda: re.compile(re.compile("a"), re.I))
t(lambda: re.compile("a") == re.compile("a")); t(lambda: hash(re.compile("a")) == hash(re.compile("a")))
t(lambda: re.escape(b"a.b\x00")); t(lambda: re.escape("a-b c#d\t")); t(lambda: re.escape("é!"))
t(lambda: re.match("a", b"a")); t(lambda: re.match(b"a", "a"))
t(lambda: re.search(b"a", bytearray(b"xa")).group())
t(lambda: re.match(".*", "x"*60)); t(lambda: re.match(".*", "é"*60))
t(lambda: re.match("(?P<n>x)|(?P<m>y)", "y").groupdict("D"))
t(lambda: re.compile("a").flags); t(lambda: re.compile(b"a").flags)
t(lambda: str(re.error("m"))); t(lambda: re.error("m", "pat", 1).args); t(lambda: str(re.error("m", "p\nat", 3)))
t(lambda: re.compile("(a)|b").sub(r"[\1]", "ab")); t(lambda: re.split("(a)|b", "xaybz")); t(lambda: re.findall("(a)|b", "ab"))
t(lambda: re.sub("a", "b", "aaa", 2)); t(lambda: re.subn("a", "b", "aaa", count=2)); t(lambda: re.split("x*", "axbc")); t(lambda: re.findall("x*", "axbc")); t(lambda: re.sub("", "-", ""))
t(lambda: re.split(r"\W", "a,b", maxsplit=0))
t(lambda: re.match(r"(a)(b)", "ab").regs); t(lambda: re.match(r"(a)(b)", "ab")[2]); t(lambda: re.fullmatch("a|ab", "ab"))
t(lambda: re.match("(a*)*", "aaa").groups()); t(lambda: re.match("(a|b)*?b", "aab").group()); t(lambda: re.match(r"(?:(\d)|x)*", "1x2x").groups())
t(lambda: len(re.findall(r"\w", "x" * 100000))); t(lambda: re.match("(a?){20}a{20}", "a" * 20) is not None)
t(lambda: re.match(r"(?:a|b)*c", "ab" * 10000 + "c").end()); t(lambda: re.match(r"(a|b)*c", "ab" * 20000 + "c").end())
t(lambda: re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567890"))
t(lambda: re.findall(r"(?i)[ǅ]", "ǄǅǆDžX"))
t(lambda: re.findall(r"\d", "٣٤ ۵ 5"))
