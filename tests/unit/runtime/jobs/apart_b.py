shared = "b"
print("b sees", shared, __name__, "a's name:", globals().get("a_only", "absent"))
