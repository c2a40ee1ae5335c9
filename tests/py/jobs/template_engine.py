# A tiny template engine: {{ var }}, {{ var|filter }}, {% for x in list %} loops, with errors for unknown names.
import re
class TemplateError(Exception):
    pass
FILTERS = {"upper": str.upper, "title": str.title, "len": len, "money": lambda v: "%.2f" % v}
TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)
def lookup(ctx, expr):
    name, *filters = [p.strip() for p in expr.split("|")]
    value = ctx
    for part in name.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        else:
            raise TemplateError("unknown name %r" % name)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError("unknown filter %r" % f)
        value = FILTERS[f](value)
    return value
def render(tpl, ctx):
    parts = TOKEN.split(tpl)
    out, i = [], 0
    def block(i, ctx, out):
        while i < len(parts):
            p = parts[i]
            if p.startswith("{{"):
                out.append(str(lookup(ctx, p[2:-2])))
            elif p.startswith("{%"):
                words = p[2:-2].split()
                if words[0] == "endfor":
                    return i
                if words[0] != "for" or len(words) != 4 or words[2] != "in":
                    raise TemplateError("bad tag %r" % p)
                items = lookup(ctx, words[3])
                end = i
                for item in items:
                    end = block(i + 1, dict(ctx, **{words[1]: item}), out)
                if not items:
                    end = block(i + 1, dict(ctx, **{words[1]: None}), [])
                i = end
            else:
                out.append(p)
            i += 1
        return i
    block(0, ctx, out)
    return "".join(out)
ctx = {"user": {"name": "ada lovelace"}, "items": [{"n": "tea", "p": 3.5}, {"n": "cake", "p": 4.25}], "none": []}
print(render("Hello {{ user.name|title }}! You have {{ items|len }} items:\n{% for it in items %}- {{ it.n|upper }}: {{ it.p|money }}\n{% endfor %}Done.", ctx))
print(repr(render("[{% for x in none %}never{% endfor %}]", ctx)))
for bad in ["{{ user.age }}", "{{ user.name|shout }}", "{% while x %}"]:
    try:
        render(bad, ctx)
    except TemplateError as e:
        print("TemplateError:", e)
