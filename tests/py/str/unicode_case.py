# Case mapping beyond ASCII: Latin-1, Latin Extended, Greek, Cyrillic, special cases.
for s in ["ÄÖÜ äöü", "élan vital", "straße", "ǅungla", "Ωμέγα", "Привет мир", "ﬁne", "İstanbul"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("é".isupper(), "É".isupper(), "ǅ".istitle(), "Σ".lower(), "ς".upper(), "ß".upper(), "ß".casefold())
print("ÉCOLE".lower() == "école", "école".upper(), "ÿ".upper(), "µ".upper())
