# Miscellaneous str methods: count with overlapping, ljust chains, splitlines keepends, str * int.
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit"
words = text.replace(",", "").split()
print(len(words), [w for w in words if len(w) > 5])
print(" ".join(w.capitalize() for w in words))
print("".join(sorted(set(text.lower()) - {" ", ","})))
freq = {}
for ch in text.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(text[:11].ljust(15, ".") + "|", text.title()[:20], text.swapcase()[-4:])
print("%s..." % text[:20].rstrip(), text.count("i"), text.upper().count("I"))
