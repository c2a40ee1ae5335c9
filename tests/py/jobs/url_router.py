# A URL router: patterns with typed parameters compiled to regexes, dispatch, 404 and 405 answers.
import re
class Router:
    CONVERTERS = {"int": (r"\d+", int), "str": (r"[^/]+", str), "path": (r".+", str)}
    def __init__(self):
        self.routes = []
    def route(self, pattern, methods=("GET",)):
        def deco(fn):
            regex, convs = "", {}
            for part in re.split(r"(<[^>]+>)", pattern):
                if part.startswith("<"):
                    kind, _, name = part[1:-1].rpartition(":")
                    kind = kind or "str"
                    rx, conv = self.CONVERTERS[kind]
                    regex += "(?P<%s>%s)" % (name, rx)
                    convs[name] = conv
                else:
                    regex += re.escape(part)
            self.routes.append((re.compile(regex + "$"), convs, set(methods), fn))
            return fn
        return deco
    def dispatch(self, method, path):
        allowed = set()
        for rx, convs, methods, fn in self.routes:
            m = rx.match(path)
            if not m:
                continue
            if method not in methods:
                allowed |= methods
                continue
            args = {k: convs[k](v) for k, v in m.groupdict().items()}
            return 200, fn(**args)
        if allowed:
            return 405, "allowed: " + ",".join(sorted(allowed))
        return 404, "not found: " + path
app = Router()
@app.route("/")
def index():
    return "index"
@app.route("/items/<int:item_id>")
def item(item_id):
    return "item %d (%s)" % (item_id, type(item_id).__name__)
@app.route("/items/<int:item_id>", methods=("PUT", "DELETE"))
def change(item_id):
    return "changed %d" % item_id
@app.route("/users/<name>/files/<path:rest>")
def files(name, rest):
    return "%s wants %s" % (name, rest)
for method, path in [("GET", "/"), ("GET", "/items/42"), ("PUT", "/items/7"), ("POST", "/items/7"),
                     ("GET", "/items/x"), ("GET", "/users/ann/files/a/b/c.txt"), ("GET", "/nope")]:
    print(method, path, "->", *app.dispatch(method, path))
