# py-test: traceback
# KeyError of the empty string prints the key's repr.
raise KeyError("")
