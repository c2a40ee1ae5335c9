# py-test: expected
# cpython-too: yes
# Deeply nested source (parentheses, unary minus, lists, calls, a long sum, nested blocks)
# either compiles to the right value or fails cleanly with SyntaxError, RecursionError or
# MemoryError: the interpreter never crashes. Each helper module is imported in turn.
CLEAN = (SyntaxError, RecursionError, MemoryError)
def list_depth(v):
    depth = 0
    while isinstance(v, list) and v:
        v = v[0]
        depth += 1
    return depth if v == [] else -1
def parens():
    import _deep_parens
    return _deep_parens.VALUE == 1
def unary():
    import _deep_unary
    return _deep_unary.VALUE == 1
def lists():
    import _deep_lists
    return list_depth(_deep_lists.VALUE) == 2999
def calls():
    import _deep_calls
    return _deep_calls.VALUE == 1
def binop():
    import _deep_binop
    return _deep_binop.VALUE == 10001
def blocks():
    import _deep_blocks
    return _deep_blocks.VALUE == 1
all_ok = True
for load in (parens, unary, lists, calls, binop, blocks):
    try:
        ok = load()
    except CLEAN:
        ok = True
    all_ok = all_ok and ok
    print(load.__name__, "ok" if ok else "WRONG VALUE")
print("interpreter still works:", sum(range(10)), all_ok)
