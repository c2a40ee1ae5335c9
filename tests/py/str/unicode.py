# Unicode strings: len counts code points, indexing, ord/chr, slicing non-ASCII, encode.
s = "naïve café ☕ 日本 😀"
print(len(s), s[2], s[-1], s[11:13], s[::-1])
print([ord(c) for c in "aé€😀"], chr(233), chr(0x20AC), chr(0x1F600), chr(0))
print(s.encode("utf-8"), len(s.encode("utf-8")))
print("é".encode(), "€".encode("utf-8"), "😀".encode("utf-8"))
print(b"caf\xc3\xa9".decode("utf-8"), b"\xe2\x82\xac".decode(), str(b"\xf0\x9f\x98\x80", "utf-8"))
print("Ωmega".upper(), "ΣΑΣ".lower(), "ß".upper(), "İ".lower() == "i̇")
print(sorted(["b", "á", "a", "ä", "z", "é"]))
print("ü" in "grüß", "grüß".find("ß"), "grüß".replace("ü", "ue"), "ab😀cd".split("😀"))
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(max("hello wörld"), min("Zebra"), "日本語"[1:], "x" + "ÿ" * 3)
