# Resolve build dependencies with a topological sort; detect cycles and missing packages.
deps = {
    "app": ["web", "db", "log"],
    "web": ["net", "log"],
    "db": ["fs", "log"],
    "net": ["core"],
    "fs": ["core"],
    "log": ["core"],
    "core": [],
}
def order(graph, root):
    out, state = [], {}
    def visit(n, path):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(path + [n]))
        if n not in graph:
            raise KeyError(n)
        state[n] = "active"
        for d in graph[n]:
            visit(d, path + [n])
        state[n] = "done"
        out.append(n)
    visit(root, [])
    return out
print(order(deps, "app"))
print(order(deps, "db"))
cyclic = dict(deps, core=["app"])
try:
    order(cyclic, "app")
except ValueError as e:
    print("ValueError", e)
broken = dict(deps, web=["net", "tls"])
try:
    order(broken, "app")
except KeyError as e:
    print("missing package", e)
levels = {}
for n in order(deps, "app"):
    levels[n] = 1 + max((levels[d] for d in deps[n]), default=-1)
print(sorted(levels.items(), key=lambda kv: (kv[1], kv[0])))
