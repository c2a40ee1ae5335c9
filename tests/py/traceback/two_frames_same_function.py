# py-test: traceback
# A traceback where the same function appears at different lines (recursion with a base case error).
def walk(node):
    if node is None:
        raise LookupError("ran off the end")
    return walk(node.get("next"))
walk({"next": {"next": None}})
