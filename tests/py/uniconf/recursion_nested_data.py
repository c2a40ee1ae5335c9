# py-test: expected
# cpython-too: yes
# Operations that recurse over 100000-deep nested data (repr, str, ==, hash, json) either
# give the right answer or raise RecursionError/MemoryError: the interpreter never crashes.
import json
N = 100000
def nested_list(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
def nested_tuple(n):
    v = ()
    for _ in range(n):
        v = (v,)
    return v
def nested_dict(n):
    v = {}
    for _ in range(n):
        v = {"k": v}
    return v
lst, tup, dct = nested_list(N), nested_tuple(N), nested_dict(N)
brackets = "[" * (N + 1) + "]" * (N + 1)
cases = [
    ("list repr", lambda: repr(lst) == brackets),
    ("list str", lambda: str(lst) == brackets),
    ("list ==", lambda: (lst == nested_list(N)) is True),
    ("list <", lambda: (lst < nested_list(N)) is False),
    ("tuple repr", lambda: repr(tup).startswith("((((") and len(repr(tup)) == 3 * N + 2),
    ("tuple ==", lambda: (tup == nested_tuple(N)) is True),
    ("tuple hash", lambda: hash(tup) == hash(nested_tuple(N))),
    ("dict repr", lambda: repr(dct).startswith("{'k': {'k': ")),
    ("dict ==", lambda: (dct == nested_dict(N)) is True),
    ("json.dumps", lambda: json.dumps(lst) == brackets),
    ("json.loads", lambda: json.loads("[" * N + "]" * N) == nested_list(N - 1)),
]
for name, check in cases:
    try:
        outcome = "ok" if check() else "WRONG RESULT"
    except (RecursionError, MemoryError):
        outcome = "ok"
    print(name, outcome)
depth = 0
v = lst
while v:
    v = v[0]
    depth += 1
print("walked iteratively:", depth, len(lst), lst[0][0][0] is not None)
